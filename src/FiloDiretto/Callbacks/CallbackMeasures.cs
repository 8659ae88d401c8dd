using FiloDiretto.Data;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Callbacks;

/// <summary>Median and 90th percentile of some durations (nearest rank), over <see cref="Count"/> of them.</summary>
public sealed record Spread(TimeSpan Median, TimeSpan P90, int Count)
{
    public static Spread? Of(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToArray();
        return sorted.Length == 0 ? null : new(Rank(sorted, 0.5), Rank(sorted, 0.9), sorted.Length);
    }

    private static TimeSpan Rank(TimeSpan[] sorted, double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];
}

/// <summary>
/// How the office keeps its callback promises, for the promises made in a period: time from the citizen's call to the
/// first attempt and to the citizen reached, the share reached at the first attempt, how many were escalated.
/// </summary>
public sealed record CallbackFigures(int Promises, Spread? ToFirstAttempt, Spread? ToReached, double? FirstAttemptSuccess, int Escalations);

public sealed class CallbackMeasures(IDbContextFactory<AppDbContext> contexts)
{
    /// <summary>The figures of the promises <paramref name="officeId"/> made from day <paramref name="first"/> to day <paramref name="last"/> (Italian time, both included).</summary>
    public async Task<CallbackFigures> ReadAsync(int officeId, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var (from, to) = (ReachableHours.Utc(first, TimeOnly.MinValue, Formats.Rome), ReachableHours.Utc(last.AddDays(1), TimeOnly.MinValue, Formats.Rome));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Callbacks.AsNoTracking()
            .Where(c => c.OfficeId == officeId && c.CreatedAt >= from && c.CreatedAt < to)
            .Select(c => new { c.CallAt, c.FirstAttemptAt, c.FirstOutcome, c.ReachedAt, c.EscalatedAt })
            .ToListAsync(ct);

        var attempted = rows.Where(r => r.FirstAttemptAt is not null).ToList();
        return new CallbackFigures(
            rows.Count,
            Spread.Of(attempted.Select(r => r.FirstAttemptAt!.Value - r.CallAt)),
            Spread.Of(rows.Where(r => r.ReachedAt is not null).Select(r => r.ReachedAt!.Value - r.CallAt)),
            attempted.Count == 0 ? null : (double)attempted.Count(r => r.FirstOutcome == ContactOutcome.Reached) / attempted.Count,
            rows.Count(r => r.EscalatedAt is not null));
    }
}
