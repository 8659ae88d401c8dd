using FiloDiretto.Telephony;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Telephony;

public sealed class CallsPerResolvedTicketTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task CountsTheCallsLinkedToTheTicketsResolvedInThePeriodOnly()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var link = app.Service<LinkCall>();
        var operatorOnLine = await app.ActorFor("linea1");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var from = app.Clock.GetUtcNow().UtcDateTime;

        var twice = await phone.RecordAsync();
        var once = await phone.RecordAsync();
        var open = await phone.RecordAsync();
        var first = await link.LinkAsync(operatorOnLine, null, twice.Id, 1, null, CancellationToken.None);
        await link.LinkAsync(operatorOnLine, first, once.Id, 1, null, CancellationToken.None); // one call about two problems
        await link.LinkAsync(operatorOnLine, null, twice.Id, 1, null, CancellationToken.None); // the citizen called again
        await link.LinkAsync(operatorOnLine, null, open.Id, 1, null, CancellationToken.None);
        foreach (var ticket in new[] { twice, once })
        {
            (await specialist.ActAsync(ticket.Id, "take")).EnsureSuccessStatusCode();
            (await specialist.ActAsync(ticket.Id, "resolve", new { feedback = "Pagamento disposto." })).EnsureSuccessStatusCode();
        }

        var measure = await app.Service<CallsPerResolvedTicket>().ReadAsync(operatorOnLine.OfficeId, from, from.AddHours(1), CancellationToken.None);

        Assert.Equal((2, 3), (measure.ResolvedTickets, measure.Calls));
        Assert.Equal(1.5, measure.PerTicket);
    }
}
