using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using FiloDiretto.LiveQueue;
using FiloDiretto.Patronati;
using FiloDiretto.Supervision;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>Staff of one office never see another office's tickets, citizens or events, through any read.</summary>
public abstract class OfficeIsolationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task AnotherOfficesTicketReadsExactlyAsAMissingOneForEveryRoleOfTheOffice()
    {
        var other = await SecondOffice.CreateAsync(app);
        using var latina = await app.ClientFor("linea1");
        var ticket = await latina.RecordAsync();

        foreach (var user in other.Staff)
        {
            using var outsider = await app.SignInAsync(user, SecondOffice.Password);
            using var hidden = await outsider.GetAsync($"/api/v1/tickets/{ticket.Id}");
            using var missing = await outsider.GetAsync($"/api/v1/tickets/{HiddenTickets.Missing}");

            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal(missing.StatusCode, hidden.StatusCode);
            Assert.Equal(await HiddenTickets.ProblemWithoutTraceAsync(missing), await HiddenTickets.ProblemWithoutTraceAsync(hidden));
        }
    }

    [Fact]
    public async Task EveryTicketEndpointAndPageAnswersAnotherOfficeAsIfTheTicketWereMissing()
    {
        var other = await SecondOffice.CreateAsync(app);
        using var latina = await app.ClientFor("linea1");
        var ticket = await latina.RecordAsync();
        using var theirs = await app.SignInAsync(other.Phone, SecondOffice.Password);
        var theirTicket = await theirs.RecordAsync();

        // The supervisor holds every ticket policy, so nothing is refused by role before the office is checked.
        await HiddenTickets.AssertEveryTicketEndpointHidesAsync(app, await Caller.SignInAsync(app, other.Supervisor, SecondOffice.Password), ticket, latina);
        await HiddenTickets.AssertEveryTicketEndpointHidesAsync(app, await Caller.SignInAsync(app, "responsabile"), theirTicket, theirs);
    }

    [Fact]
    public async Task TheSameCitizenCallingTwoOfficesIsFoundByEachOnlyInItsOwn()
    {
        var other = await SecondOffice.CreateAsync(app);
        var citizen = TestApi.NewCitizen();
        using var latina = await app.ClientFor("bo.pagamenti");
        using var theirs = await app.SignInAsync(other.BackOffice, SecondOffice.Password);
        using var theirPhone = await app.SignInAsync(other.Phone, SecondOffice.Password);
        var latinaTicket = await (await app.ClientFor("linea1")).RecordAsync(TestApi.IntakeBody(citizen.FiscalCode));
        var theirTicket = await theirPhone.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode));

        Assert.Equal([latinaTicket.Id], (await CitizenTicketsAsync(latina, citizen.FiscalCode)).Select(t => t.Id));
        Assert.Equal([theirTicket.Id], (await CitizenTicketsAsync(theirs, citizen.FiscalCode)).Select(t => t.Id));
        Assert.Equal([theirTicket.Id], (await ListAsync(theirs, $"?fiscalCode={citizen.FiscalCode}")).Select(t => t.Id));
        Assert.Empty(await ListAsync(theirs, $"?q={latinaTicket.Code}"));
        Assert.DoesNotContain(latinaTicket.Id, (await ListAsync(theirs, $"?q={latinaTicket.Citizen.Surname}&limit=200")).Select(t => t.Id));
        Assert.All(await ListAsync(theirs, "?limit=200"), t => Assert.StartsWith(other.Code + "-", t.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EventsFeedCarriesOnlyTheOfficesOwnEvents()
    {
        var other = await SecondOffice.CreateAsync(app);
        using var latina = await app.ClientFor("bo.pagamenti");
        using var theirs = await app.SignInAsync(other.BackOffice, SecondOffice.Password);
        using var theirPhone = await app.SignInAsync(other.Phone, SecondOffice.Password);
        var latinaHead = await latina.EventHeadAsync();
        var latinaTicket = await (await app.ClientFor("linea1")).RecordAsync();
        var theirTicket = await theirPhone.RecordAsync();

        var theirEvents = (await theirs.EventsAfterAsync(0)).Items;
        var latinaEvents = (await latina.EventsAfterAsync(latinaHead)).Items;

        Assert.Equal([theirTicket.Id], theirEvents.Select(e => e.TicketId));
        Assert.Contains(latinaTicket.Id, latinaEvents.Select(e => e.TicketId));
        Assert.DoesNotContain(theirTicket.Id, latinaEvents.Select(e => e.TicketId));
    }

    [Fact]
    public async Task HubPushesToEachOfficeOnlyItsOwnChanges()
    {
        var other = await SecondOffice.CreateAsync(app);
        var latinaReceived = new ConcurrentQueue<EventItem>();
        var theirReceived = new ConcurrentQueue<EventItem>();
        await using var latinaHub = await ConnectAsync(await app.TokenFor("bo.pagamenti"), latinaReceived);
        using var theirPhone = await app.SignInAsync(other.Phone, SecondOffice.Password);
        await using var theirHub = await ConnectAsync(theirPhone.DefaultRequestHeaders.Authorization!.Parameter!, theirReceived);

        var latinaTicket = await (await app.ClientFor("linea1")).RecordAsync();
        var theirTicket = await theirPhone.RecordAsync();
        await WaitForAsync(() => latinaReceived.Any(e => e.TicketId == latinaTicket.Id) && theirReceived.Any(e => e.TicketId == theirTicket.Id));

        // Pushes go out office by office in the order the changes were signalled: Latina's were delivered before the second office's.
        Assert.DoesNotContain(theirReceived, e => e.TicketId != theirTicket.Id);
        Assert.DoesNotContain(latinaReceived, e => e.TicketId == theirTicket.Id);
    }

    [Fact]
    public async Task LiveFeedDeliversToEachScreenOnlyItsOfficesEvents()
    {
        var other = await SecondOffice.CreateAsync(app);
        var feed = app.Service<QueueFeed>();
        var latinaOffice = (await app.ActorFor("linea1")).OfficeId;
        var latinaScreen = new ConcurrentQueue<EventItem>();
        var theirScreen = new ConcurrentQueue<EventItem>();
        using var latinaSubscription = feed.Subscribe(latinaOffice, items => Receive(latinaScreen, items));
        using var theirSubscription = feed.Subscribe(other.Id, items => Receive(theirScreen, items));
        using var theirPhone = await app.SignInAsync(other.Phone, SecondOffice.Password);

        var latinaTicket = await (await app.ClientFor("linea1")).RecordAsync();
        var theirTicket = await theirPhone.RecordAsync();
        await WaitForAsync(() => latinaScreen.Any(e => e.TicketId == latinaTicket.Id) && theirScreen.Any(e => e.TicketId == theirTicket.Id));

        Assert.Equal([theirTicket.Id], theirScreen.Select(e => e.TicketId).Distinct());
        Assert.DoesNotContain(latinaScreen, e => e.TicketId == theirTicket.Id);
    }

    [Fact]
    public async Task SupervisorsOverviewCountsOnlyTheOffice()
    {
        var other = await SecondOffice.CreateAsync(app);
        using var theirPhone = await app.SignInAsync(other.Phone, SecondOffice.Password);
        var theirTicket = await theirPhone.RecordAsync();
        var overviews = app.Service<ReadOfficeOverview>();

        var theirs = await overviews.ReadAsync(await app.ActorFor(other.Supervisor), CancellationToken.None);
        var latina = await overviews.ReadAsync(await app.ActorFor("responsabile"), CancellationToken.None);

        Assert.Equal(1, theirs.ByStatus.Values.Sum());
        Assert.Equal([theirTicket.Id], theirs.Oldest.Select(t => t.Id));
        Assert.DoesNotContain(theirTicket.Id, latina.Oldest.Concat(latina.DueSoon).Select(t => t.Id));
        Assert.True(latina.ByStatus.Values.Sum() > 1);
    }

    [Fact]
    public async Task APatronatoOfTheSameNameInAnotherOfficeSeesOnlyItsOwnFilings()
    {
        var other = await SecondOffice.CreateAsync(app);
        using var theirInca = await app.SignInAsync(other.Patronato, SecondOffice.Password);
        using var latinaInca = await app.ClientFor("inca");
        var theirs = await theirInca.RecordAsync();
        var latinas = await latinaInca.RecordAsync();
        var homes = app.Service<ReadOrganisationTickets>();

        var theirHome = await homes.ReadAsync(await app.ActorFor(other.Patronato), CancellationToken.None);
        var latinaHome = await homes.ReadAsync(await app.ActorFor("inca"), CancellationToken.None);

        Assert.Equal([theirs.Id], theirHome.Tickets.Select(t => t.Id));
        Assert.Contains(latinas.Id, latinaHome.Tickets.Select(t => t.Id));
        Assert.DoesNotContain(theirs.Id, latinaHome.Tickets.Select(t => t.Id));
        Assert.Equal([theirs.Id], (await ListAsync(theirInca, "?limit=200")).Select(t => t.Id));
    }

    private static Task Receive(ConcurrentQueue<EventItem> screen, IReadOnlyList<EventItem> items)
    {
        foreach (var item in items)
        {
            screen.Enqueue(item);
        }

        return Task.CompletedTask;
    }

    private async Task<HubConnection> ConnectAsync(string token, ConcurrentQueue<EventItem> received)
    {
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

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(25, timeout.Token);
        }
    }

    private static async Task<IReadOnlyList<TicketView>> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/tickets{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TicketPage>(TestApi.Json))!.Items;
    }

    private static async Task<IReadOnlyList<TicketView>> CitizenTicketsAsync(HttpClient client, string fiscalCode)
    {
        using var response = await client.GetAsync($"/api/v1/citizens/{fiscalCode}/tickets");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<TicketView>>(TestApi.Json))!;
    }
}

public sealed class OfficeIsolationTestsOnSqlite(SqliteFactory app) : OfficeIsolationTests<SqliteFactory>(app);

public sealed class OfficeIsolationTestsOnPostgres(PostgresFactory app) : OfficeIsolationTests<PostgresFactory>(app);
