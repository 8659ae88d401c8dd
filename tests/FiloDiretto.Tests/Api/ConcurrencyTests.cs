using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Api;

public abstract class ConcurrencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task FiftySpecialistsRacingForOneTicketLeaveExactlyOneHolder()
    {
        var ticket = await (await app.ClientFor("linea1")).RecordAsync();
        var racers = new[] { "bo.pagamenti", "bo.sanitaria", "bo.amministrativa", "responsabile" };
        var clients = await Task.WhenAll(racers.Select(app.ClientFor));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racing = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await clients[i % clients.Length].ActAsync(ticket.Id, "take");
        })).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(racing);

        var winners = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var losers = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        var read = await clients[0].GetTicketAsync(ticket.Id);
        // The winner may race itself (same user twice): those extra answers are 200 without a change.
        Assert.Equal(50, winners.Count + losers.Count);
        var holders = await Task.WhenAll(winners.Select(async r => (await r.Content.ReadFromJsonAsync<TicketView>(TestApi.Json))!.Holder));
        Assert.Single(holders.Distinct());
        Assert.Equal(read.Holder, holders[0]);
        Assert.All(await Task.WhenAll(losers.Select(r => r.ProblemAsync())), p => Assert.Equal(read.Holder, p.GetProperty("holder").GetString()));
        Assert.Single(read.Timeline!, e => e.Kind == "TakenInCharge");
    }

    [Fact]
    public async Task ABurstOfConcurrentIntakesNumbersEventsAndTicketsWithoutGapsOrDuplicates()
    {
        var clients = await Task.WhenAll(new[] { "linea1", "linea2", "sportello", "inca", "acli" }.Select(app.ClientFor));
        var head = await clients[0].EventHeadAsync();

        var tickets = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => clients[i % clients.Length].RecordAsync()));

        var events = (await clients[0].EventsAfterAsync(head)).Items;
        Assert.Equal(Enumerable.Range(1, 60).Select(i => head + i), events.Select(e => e.Seq));
        Assert.Equal(tickets.Select(t => t.Id).Order(), events.Select(e => e.TicketId).Order());
        var numbers = tickets.Select(t => int.Parse(t.Code[^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(numbers[0], 60), numbers);
    }

    [Fact]
    public async Task ConcurrentChangesToDifferentTicketsKeepTheFeedGapFree()
    {
        using var phone = await app.ClientFor("linea1");
        var tickets = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => phone.RecordAsync()));
        var head = await phone.EventHeadAsync();
        var specialist = await app.ClientFor("bo.pagamenti");

        var results = await Task.WhenAll(tickets.Select(t => specialist.ActAsync(t.Id, "take")));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var events = (await phone.EventsAfterAsync(head)).Items;
        Assert.Equal(Enumerable.Range(1, 20).Select(i => head + i), events.Select(e => e.Seq));
        Assert.All(events, e => Assert.Equal("TakenInCharge", e.Kind));
    }
}

public sealed class ConcurrencyTestsOnSqlite(SqliteFactory app) : ConcurrencyTests<SqliteFactory>(app);

public sealed class ConcurrencyTestsOnPostgres(PostgresFactory app) : ConcurrencyTests<PostgresFactory>(app);
