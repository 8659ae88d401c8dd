using FiloDiretto.Audit;
using FiloDiretto.Data;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Audit;

/// <summary>The access log keeps its entries for Retention:AccessLogMonths (24); what is left still verifies, and still catches tampering.</summary>
public abstract class AccessLogRetentionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task EntriesOlderThanTheRetentionAreRemovedAndTheRestStillVerifies()
    {
        var old = await ReadATicketAsync();
        app.Clock.Advance(TimeSpan.FromDays(365 * 2 + 30));
        var recent = await ReadATicketAsync();
        var purge = app.Service<PurgeExpiredAccessLog>();

        // The daily job may run too when the clock moves: the outcome is the same.
        await purge.RunOnceAsync(CancellationToken.None);

        await using var db = await Contexts.CreateDbContextAsync();
        var office = recent[0].OfficeId;
        var kept = await db.AccessLogEntries.AsNoTracking().Where(e => e.OfficeId == office).OrderBy(e => e.Seq).ToListAsync();
        Assert.DoesNotContain(kept, e => old.Any(o => o.Seq == e.Seq));
        Assert.All(recent, r => Assert.Contains(kept, e => e.Seq == r.Seq));
        Assert.All(kept, e => Assert.True(e.At >= app.Clock.GetUtcNow().UtcDateTime.AddMonths(-24)));
        var report = await Check.VerifyAsync(CancellationToken.None);
        Assert.True(report.Intact, report.Broken?.ToString());
        Assert.Equal(0, await purge.RunOnceAsync(CancellationToken.None));

        var first = kept[0];
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "AccessLogEntries" WHERE "OfficeId" = {office} AND "Seq" = {first.Seq}""");
        Assert.Equal(new BrokenLink(office, "LT", first.Seq, ChainProblem.Missing, first.Seq + 1), (await Check.VerifyAsync(CancellationToken.None)).Broken);
    }

    private IDbContextFactory<AppDbContext> Contexts => app.Service<IDbContextFactory<AppDbContext>>();

    private ChainCheck Check => app.Service<ChainCheck>();

    private async Task<List<AccessLogEntry>> ReadATicketAsync()
    {
        var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        await phone.GetTicketAsync(ticket.Id);
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.AccessLogEntries.AsNoTracking().Where(e => e.TicketId == ticket.Id).OrderBy(e => e.Seq).ToListAsync();
    }
}

public sealed class AccessLogRetentionTestsOnSqlite(SqliteFactory app) : AccessLogRetentionTests<SqliteFactory>(app);

public sealed class AccessLogRetentionTestsOnPostgres(PostgresFactory app) : AccessLogRetentionTests<PostgresFactory>(app);
