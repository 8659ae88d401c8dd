using System.Collections.Concurrent;
using System.Net;
using FiloDiretto.LiveQueue;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace FiloDiretto.Tests.Api;

public abstract class LiveFeedTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AListeningScreenReceivesEveryChangeInSequenceOrder()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var received = new ConcurrentQueue<EventItem>();
        await using var hub = await ConnectAsync("responsabile", received);
        var head = await phone.EventHeadAsync();

        var ticket = await phone.RecordAsync();
        await specialist.ActAsync(ticket.Id, "take");

        await WaitUntil(() => received.Count(e => e.Seq > head) >= 2);
        var mine = received.Where(e => e.Seq > head).ToList();
        Assert.Equal(
            [(head + 1, ticket.Id, ticket.Code, "Created", "New"), (head + 2, ticket.Id, ticket.Code, "TakenInCharge", "InProgress")],
            mine.Select(e => (e.Seq, e.TicketId, e.Code, e.Kind, e.Status)));
        Assert.Equal("Payments", mine[0].Area);
    }

    [Fact]
    public async Task AScreenThatMissedEventsWhileDisconnectedCatchesUpWithEachEventExactlyOnce()
    {
        using var phone = await app.ClientFor("linea2");
        var seen = new ConcurrentQueue<EventItem>();
        var head = await phone.EventHeadAsync();

        var first = await ConnectAsync("bo.sanitaria", seen);
        var before = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => phone.RecordAsync()));
        await WaitUntil(() => seen.Count(e => e.Seq > head) >= 5);
        await first.DisposeAsync(); // the network drops

        var whileAway = await Task.WhenAll(Enumerable.Range(0, 7).Select(_ => phone.RecordAsync()));

        // Reconnect first, then read what was missed: anything committed in between arrives by one way or both.
        await using var second = await ConnectAsync("bo.sanitaria", seen);
        // A client trusts only the unbroken run of sequence numbers it holds; pushes past a gap wait for the re-read.
        var lastSeen = head;
        while (seen.Any(e => e.Seq == lastSeen + 1))
        {
            lastSeen++;
        }

        var missed = await phone.EventsAfterAsync(lastSeen);
        var after = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => phone.RecordAsync()));
        await WaitUntil(() => seen.Count(e => after.Any(t => t.Id == e.TicketId)) == 3);

        var screen = seen.Concat(missed.Items).Where(e => e.Seq > head).DistinctBy(e => e.Seq).OrderBy(e => e.Seq).ToList();
        Assert.Equal(Enumerable.Range(1, 15).Select(i => head + i), screen.Select(e => e.Seq));
        Assert.Equal(
            before.Concat(whileAway).Concat(after).Select(t => t.Id).Order(),
            screen.Select(e => e.TicketId).Order());
        Assert.Equal(seen.Count, seen.DistinctBy(e => e.Seq).Count());
    }

    [Fact]
    public async Task TheHubRefusesAnonymousCallersAndUsersOutsideTheOfficeStaff()
    {
        using var anonymous = app.CreateClient();
        var noToken = await anonymous.PostAsync("/hubs/queue/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);

        var patronato = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "hubs/queue"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = async () => await app.TokenFor("inca");
            })
            .Build();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => patronato.StartAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task<HubConnection> ConnectAsync(string userName, ConcurrentQueue<EventItem> received)
    {
        var token = await app.TokenFor(userName);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "hubs/queue"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        connection.On<EventItem>(QueueHub.TicketChanged, received.Enqueue);
        await connection.StartAsync();
        return connection;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The expected live events did not arrive in time.");
            await Task.Delay(20);
        }
    }
}

public sealed class LiveFeedTestsOnSqlite(SqliteFactory app) : LiveFeedTests<SqliteFactory>(app);

public sealed class LiveFeedTestsOnPostgres(PostgresFactory app) : LiveFeedTests<PostgresFactory>(app);
