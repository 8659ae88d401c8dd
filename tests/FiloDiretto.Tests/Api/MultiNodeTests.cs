using System.Collections.Concurrent;
using System.Net;
using FiloDiretto.LiveQueue;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace FiloDiretto.Tests.Api;

/// <summary>Two app nodes on one PostgreSQL database, as a region would run them behind a proxy.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public PostgresFactory First { get; } = new();

    public PostgresFactory Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        Second = new SecondNode(First.Database);
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Second).DisposeAsync();
        await ((IAsyncLifetime)First).DisposeAsync();
    }

    private sealed class SecondNode(string database) : PostgresFactory(database, ownsDatabase: false)
    {
        protected override bool SeedDemo => false;
    }
}

public sealed class MultiNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task ATicketRecordedOnOneNodeIsPushedToScreensOnTheOther()
    {
        var received = new ConcurrentQueue<EventItem>();
        var token = await nodes.Second.TokenFor("bo.pagamenti");
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(nodes.Second.Server.BaseAddress, "hubs/queue"), o =>
            {
                o.HttpMessageHandlerFactory = _ => nodes.Second.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        screen.On<EventItem>(QueueHub.TicketChanged, received.Enqueue);
        await screen.StartAsync();

        using var phone = await nodes.First.ClientFor("linea1");
        var ticket = await phone.RecordAsync();

        var deadline = DateTime.UtcNow.AddSeconds(3);
        while (!received.Any(e => e.TicketId == ticket.Id))
        {
            Assert.True(DateTime.UtcNow < deadline, "The other node did not push the new ticket within 3 s.");
            await Task.Delay(20);
        }

        Assert.Equal(ticket.Code, received.Single(e => e.TicketId == ticket.Id).Code);
    }

    [Fact]
    public async Task ATokenIssuedByOneNodeIsHonouredByTheOther()
    {
        var token = await nodes.First.TokenFor("responsabile");
        using var client = nodes.Second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync("/api/v1/categories");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BothNodesTakeTurnsOnOneTicketWithExactlyOneHolder()
    {
        using var phone = await nodes.First.ClientFor("linea2");
        var ticket = await phone.RecordAsync();
        using var onFirst = await nodes.First.ClientFor("bo.pagamenti");
        using var onSecond = await nodes.Second.ClientFor("responsabile");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? onFirst : onSecond).ActAsync(ticket.Id, "take")));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        var read = await onSecond.GetTicketAsync(ticket.Id);
        Assert.Single(read.Timeline!, e => e.Kind == "TakenInCharge");
    }
}
