using FiloDiretto.Audit;
using FiloDiretto.Data;
using FiloDiretto.Telephony;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Telephony;

public sealed class CallAccessLogTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task ThePopUpIdentifyingTheCallerIsLoggedAsAReadOfTheTicketsThatNamedThem()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        var before = await EntriesAsync(ticket.Id, AccessAction.Read);

        var found = await app.Service<IdentifyCaller>().FindAsync(await app.ActorFor("linea1"), ticket.Citizen.Phone, CancellationToken.None);

        Assert.Equal(ticket.Citizen.FiscalCode, Assert.Single(found).FiscalCode);
        Assert.Equal(before + 1, await EntriesAsync(ticket.Id, AccessAction.Read));
    }

    [Fact]
    public async Task RevealingTheNumberOfACallIsLoggedAgainstItsTicketsAndOnlyForThoseWhoMaySeeIt()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        var operatorOnLine = await app.ActorFor("linea1");
        var call = await app.Service<LinkCall>().LinkAsync(operatorOnLine, null, ticket.Id, 1, ticket.Citizen.Phone, CancellationToken.None);
        var reveals = app.Service<RevealCallNumber>();

        Assert.Null(await reveals.RevealAsync(await app.ActorFor("linea2"), call, CancellationToken.None));
        Assert.Equal(0, await EntriesAsync(ticket.Id, AccessAction.Reveal));

        Assert.Equal(ticket.Citizen.Phone, await reveals.RevealAsync(operatorOnLine, call, CancellationToken.None));
        Assert.Equal(1, await EntriesAsync(ticket.Id, AccessAction.Reveal));
        Assert.Equal(ticket.Citizen.Phone, await reveals.RevealAsync(await app.ActorFor("responsabile"), call, CancellationToken.None));
        Assert.Equal(2, await EntriesAsync(ticket.Id, AccessAction.Reveal));
    }

    private async Task<int> EntriesAsync(long ticketId, AccessAction action)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AccessLogEntries.CountAsync(e => e.TicketId == ticketId && e.Action == action);
    }
}
