using FiloDiretto.Data;
using FiloDiretto.Telephony;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Telephony;

public sealed class ClickToDialTests(ClickToDialFactory app) : IClassFixture<ClickToDialFactory>
{
    [Fact]
    public async Task ThePbxRingsTheOperatorsExtensionAndTheCallIsLoggedOutboundOnTheTicket()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        var before = app.Pbx.Accepted.Count;

        var outcome = await app.Service<DialCitizen>().DialAsync(await app.ActorFor("linea1"), ticket.Citizen.Phone, ticket.Id, CancellationToken.None);

        Assert.Equal(DialOutcome.Dialling, outcome);
        var request = app.Pbx.Accepted.Skip(before).Single().RootElement;
        Assert.Equal(ClickToDialFactory.Extension, request.GetProperty("from").GetString());
        var to = request.GetProperty("to").GetString();
        Assert.StartsWith("+39", to);
        Assert.Equal(ticket.Id, request.GetProperty("ticketId").GetInt64());
        var call = await CallAsync(request.GetProperty("callId").GetString()!);
        Assert.Equal(CallDirection.Outbound, call.Direction);
        Assert.Equal(to, call.Citizen);
        Assert.Equal((await app.ActorFor("linea1")).UserId, call.OperatorId);
        Assert.Equal([ticket.Id], call.Tickets.Select(t => t.TicketId));
    }

    [Fact]
    public async Task APbxThatRefusesGivesTheRefusalAndNothingIsLogged()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        app.Pbx.Refusing = true;
        try
        {
            var outcome = await app.Service<DialCitizen>().DialAsync(await app.ActorFor("linea1"), ticket.Citizen.Phone, ticket.Id, CancellationToken.None);

            Assert.Equal(DialOutcome.Refused, outcome);
            Assert.False(await AnyCallOnAsync(ticket.Id));
        }
        finally
        {
            app.Pbx.Refusing = false;
        }
    }

    [Fact]
    public async Task AnUnreachablePbxIsReportedAsSuchAndNothingIsLogged()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        await using var down = new PbxSink();
        var dialler = new DialCitizen(
            app.Service<IHttpClientFactory>(),
            Microsoft.Extensions.Options.Options.Create(new TelephonyOptions { ClickToDial = { Url = down.Url } }),
            app.Service<IDbContextFactory<AppDbContext>>(),
            app.Service<WriteGate>(),
            app.Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<DialCitizen>.Instance);

        var outcome = await dialler.DialAsync(await app.ActorFor("linea1"), ticket.Citizen.Phone, ticket.Id, CancellationToken.None);

        Assert.Equal(DialOutcome.Unreachable, outcome);
        Assert.False(await AnyCallOnAsync(ticket.Id));
    }

    private async Task<PhoneCall> CallAsync(string callId)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Calls.AsNoTracking().Include(c => c.Tickets).SingleAsync(c => c.ExternalId == callId);
    }

    private async Task<bool> AnyCallOnAsync(long ticketId)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.CallTickets.AnyAsync(t => t.TicketId == ticketId);
    }
}
