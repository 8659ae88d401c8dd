using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Audit;

/// <summary>Walks every office's chain: numbers without gaps up to the counter, each hash recomputed and linked to the one before.</summary>
public sealed class ChainCheck(IDbContextFactory<AppDbContext> contexts)
{
    private const int Batch = 5000;

    public async Task<ChainReport> VerifyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.Code }).ToListAsync(ct);
        var counted = 0L;
        foreach (var office in offices)
        {
            var expectedLast = await CounterAsync(db, AccessLog.Counter(office.Id), ct);
            var purgedUpTo = await CounterAsync(db, PurgeExpiredAccessLog.Anchor(office.Id), ct);
            var (checkedHere, problem) = await VerifyOfficeAsync(db, office.Id, purgedUpTo, expectedLast, ct);
            counted += checkedHere;
            if (problem is not null)
            {
                return new ChainReport(counted, problem with { OfficeId = office.Id, OfficeCode = office.Code });
            }
        }

        return new ChainReport(counted, null);
    }

    private static Task<long> CounterAsync(AppDbContext db, string name, CancellationToken ct) =>
        db.Counters.AsNoTracking().Where(c => c.Name == name).Select(c => c.Value).SingleOrDefaultAsync(ct);

    private static async Task<(long Checked, BrokenLink? Problem)> VerifyOfficeAsync(
        AppDbContext db, int officeId, long purgedUpTo, long expectedLast, CancellationToken ct)
    {
        // After a purge the first kept entry's link to the removed one is the chain's anchor.
        var (seq, previous, verified) = (purgedUpTo, purgedUpTo == 0 ? AccessLogEntry.Genesis : null, 0L);
        while (true)
        {
            var after = seq;
            var entries = await db.AccessLogEntries.AsNoTracking()
                .Where(e => e.OfficeId == officeId && e.Seq > after).OrderBy(e => e.Seq).Take(Batch).ToListAsync(ct);
            foreach (var entry in entries)
            {
                seq++;
                if (entry.Seq != seq)
                {
                    return (verified, new BrokenLink(officeId, "", seq, ChainProblem.Missing, entry.Seq));
                }

                if (entry.PreviousHash != (previous ?? entry.PreviousHash))
                {
                    return (verified, new BrokenLink(officeId, "", seq, ChainProblem.Relinked));
                }

                if (entry.ComputeHash() != entry.Hash)
                {
                    return (verified, new BrokenLink(officeId, "", seq, ChainProblem.Altered));
                }

                previous = entry.Hash;
                verified++;
            }

            if (entries.Count < Batch)
            {
                return seq < expectedLast
                    ? (verified, new BrokenLink(officeId, "", seq + 1, ChainProblem.Truncated, expectedLast))
                    : (verified, null);
            }
        }
    }
}
