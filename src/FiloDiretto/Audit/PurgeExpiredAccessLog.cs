using FiloDiretto.Data;
using FiloDiretto.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Audit;

/// <summary>
/// Removes the access-log entries older than <see cref="RetentionOptions.AccessLogMonths"/>, oldest first, and records
/// per office the last number removed, so that verify starts the chain after it instead of reporting the gap.
/// </summary>
public sealed class PurgeExpiredAccessLog(IDbContextFactory<AppDbContext> contexts, WriteGate gate, IOptions<RetentionOptions> options, TimeProvider clock)
{
    public static string Anchor(int officeId) => $"audit-purged:{officeId}";

    /// <returns>How many entries were removed.</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var before = AccessLogEntry.Stored(clock.GetUtcNow().UtcDateTime.AddMonths(-options.Value.AccessLogMonths));
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var expired = await db.AccessLogEntries.Where(e => e.At < before)
            .GroupBy(e => e.OfficeId).Select(g => new { OfficeId = g.Key, Last = g.Max(e => e.Seq) }).ToListAsync(ct);
        var removed = 0;
        foreach (var office in expired)
        {
            removed += await db.AccessLogEntries.Where(e => e.OfficeId == office.OfficeId && e.Seq <= office.Last).ExecuteDeleteAsync(ct);
            var anchor = Anchor(office.OfficeId);
            if (await db.Counters.SingleOrDefaultAsync(c => c.Name == anchor, ct) is { } counter)
            {
                counter.Value = office.Last;
            }
            else
            {
                db.Counters.Add(new Counter { Name = anchor, Value = office.Last });
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return removed;
    }
}
