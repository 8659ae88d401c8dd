using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Audit;
using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Audit;

/// <summary>Reads and changes through the API leave entries naming the user, the endpoint, the ticket and the citizen (by keyed hash only).</summary>
public abstract class AccessLogTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task ReadingATicketThroughTheApiWritesAnEntryWithUserChannelTicketAndHashedCitizen()
    {
        var ticket = await (await app.ClientFor("linea1")).RecordAsync();
        var specialist = await app.ClientFor("bo.pagamenti");

        await specialist.GetTicketAsync(ticket.Id);

        var entry = (await EntriesAboutAsync(ticket.Id)).Last();
        Assert.Equal(AccessAction.Read, entry.Action);
        Assert.Equal("Chiara Neri", entry.UserName);
        Assert.Equal(FiloDiretto.Accounts.Role.BackOffice, entry.Role);
        Assert.Equal("GET /api/v1/tickets/{id}", entry.Channel);
        var code = FiscalCode.Parse(ticket.Citizen.FiscalCode, DateOnly.FromDateTime(AppFactory.Start.UtcDateTime)).Code!;
        Assert.Equal(app.Service<CitizenDigest>().Of(code.Canonical), entry.CitizenDigest);
        Assert.Equal(code.Masked, entry.CitizenMasked);
        Assert.Equal(AccessLogEntry.Stored(app.Clock.GetUtcNow().UtcDateTime), entry.At);
        Assert.DoesNotContain(await AllTextAsync(), text => text.Contains(ticket.Citizen.FiscalCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordingListingLookingUpAndChangingEachLeaveTheirEntry()
    {
        var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        var specialist = await app.ClientFor("bo.pagamenti");

        Assert.Equal(HttpStatusCode.OK, (await specialist.ActAsync(ticket.Id, "take")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync($"/api/v1/citizens/{ticket.Citizen.FiscalCode}/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await specialist.GetAsync($"/api/v1/tickets?q={ticket.Code}")).StatusCode);

        var entries = await EntriesAboutAsync(ticket.Id);
        Assert.Equal(
            [(AccessAction.Create, "POST /api/v1/tickets", "Giulia Ferri (linea 1)"), (AccessAction.Change, "POST /api/v1/tickets/{id}/take", "Chiara Neri"),
             (AccessAction.Read, "GET /api/v1/citizens/{fiscalCode}/tickets", "Giulia Ferri (linea 1)"), (AccessAction.Read, "GET /api/v1/tickets", "Chiara Neri")],
            entries.Select(e => (e.Action, e.Channel, e.UserName)));
    }

    [Fact]
    public async Task ALookupThatFindsNothingIsStillOnRecordForThatCitizen()
    {
        var stranger = TestApi.NewCitizen().FiscalCode;
        var phone = await app.ClientFor("linea1");

        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync($"/api/v1/citizens/{stranger}/tickets")).StatusCode);

        var code = FiscalCode.Parse(stranger, DateOnly.FromDateTime(AppFactory.Start.UtcDateTime)).Code!;
        var digest = app.Service<CitizenDigest>().Of(code.Canonical);
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var entry = Assert.Single(await db.AccessLogEntries.Where(e => e.CitizenDigest == digest).ToListAsync());
        Assert.Null(entry.TicketId);
        Assert.Equal(AccessAction.Read, entry.Action);
    }

    [Fact]
    public async Task ADataSubjectExportAndAnErasureAreOnRecordForEachTicketOfTheCitizen()
    {
        var ticket = await (await app.ClientFor("linea1")).RecordAsync();
        using var supervisor = await app.ClientFor("responsabile");
        var request = new { fiscalCode = ticket.Citizen.FiscalCode, reference = "Prot. 2026/0500" };

        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync("/api/v1/privacy/export", request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync("/api/v1/privacy/erase", request)).StatusCode);

        var entries = await EntriesAboutAsync(ticket.Id);
        Assert.Equal(
            [(AccessAction.Export, "POST /api/v1/privacy/export", "Anna Valente"), (AccessAction.Erase, "POST /api/v1/privacy/erase", "Anna Valente")],
            entries.Skip(1).Select(e => (e.Action, e.Channel, e.UserName)));
        Assert.Equal(entries[0].CitizenDigest, entries[^1].CitizenDigest);
        Assert.True((await app.Service<ChainCheck>().VerifyAsync(CancellationToken.None)).Intact);
    }

    [Fact]
    public async Task TheChainHoldsUnderConcurrentReadersAndWriters()
    {
        var phone = await app.ClientFor("linea1");
        var tickets = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => phone.RecordAsync()));
        var readers = await Task.WhenAll(new[] { "bo.pagamenti", "bo.sanitaria", "responsabile", "linea2" }.Select(app.ClientFor));
        var specialist = await app.ClientFor("bo.pagamenti");

        var work = tickets.SelectMany((t, i) => readers.Select(r => r.GetTicketAsync(t.Id) as Task))
            .Concat(tickets.Select(t => specialist.ActAsync(t.Id, "take")));
        await Task.WhenAll(work);

        var report = await app.Service<ChainCheck>().VerifyAsync(CancellationToken.None);
        Assert.True(report.Intact, report.Broken?.ToString());
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var ids = tickets.Select(t => (long?)t.Id).ToList();
        Assert.Equal(10 * (1 + readers.Length + 1), await db.AccessLogEntries.CountAsync(e => ids.Contains(e.TicketId)));
        Assert.Equal(await db.AccessLogEntries.LongCountAsync(), report.Checked);
    }

    private async Task<List<AccessLogEntry>> EntriesAboutAsync(long ticketId)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AccessLogEntries.AsNoTracking().Where(e => e.TicketId == ticketId).OrderBy(e => e.Seq).ToListAsync();
    }

    private async Task<List<string>> AllTextAsync()
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return (await db.AccessLogEntries.AsNoTracking().ToListAsync())
            .Select(e => string.Join('|', e.UserName, e.Channel, e.CitizenDigest, e.CitizenMasked)).ToList();
    }
}

public sealed class AccessLogTestsOnSqlite(SqliteFactory app) : AccessLogTests<SqliteFactory>(app);

public sealed class AccessLogTestsOnPostgres(PostgresFactory app) : AccessLogTests<PostgresFactory>(app);
