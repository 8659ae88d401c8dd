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
            var counter = AccessLog.Counter(office.Id);
            var expectedLast = await db.Counters.AsNoTracking().Where(c => c.Name == counter).Select(c => c.Value).SingleOrDefaultAsync(ct);
            var (checkedHere, problem) = await VerifyOfficeAsync(db, office.Id, expectedLast, ct);
            counted += checkedHere;
            if (problem is not null)
            {
                return new ChainReport(counted, problem with { OfficeId = office.Id, OfficeCode = office.Code });
            }
        }

        return new ChainReport(counted, null);
    }

    private static async Task<(long Checked, BrokenLink? Problem)> VerifyOfficeAsync(
        AppDbContext db, int officeId, long expectedLast, CancellationToken ct)
    {
        var (seq, previous) = (0L, AccessLogEntry.Genesis);
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
                    return (seq - 1, new BrokenLink(officeId, "", seq, ChainProblem.Missing, entry.Seq));
                }

                if (entry.PreviousHash != previous)
                {
                    return (seq - 1, new BrokenLink(officeId, "", seq, ChainProblem.Relinked));
                }

                if (entry.ComputeHash() != entry.Hash)
                {
                    return (seq - 1, new BrokenLink(officeId, "", seq, ChainProblem.Altered));
                }

                previous = entry.Hash;
            }

            if (entries.Count < Batch)
            {
                return seq < expectedLast
                    ? (seq, new BrokenLink(officeId, "", seq + 1, ChainProblem.Truncated, expectedLast))
                    : (seq, null);
            }
        }
    }
}
