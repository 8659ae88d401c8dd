using FiloDiretto.Accounts;
using FiloDiretto.Audit;
using FiloDiretto.Data;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

/// <summary>A citizen the office has recorded with a phone number.</summary>
public sealed record CallerCandidate(string FiscalCode, string Surname, string GivenName);

/// <summary>
/// Who is calling, by their number, among the citizens of the tickets the operator may see: none, one, or several to
/// choose from. The tickets that named them are logged as read before the names are shown.
/// </summary>
public sealed class IdentifyCaller(IDbContextFactory<AppDbContext> contexts, AccessLog accessLog)
{
    public const int MaxCandidates = 5;

    public async Task<IReadOnlyList<CallerCandidate>> FindAsync(Actor actor, string phone, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var recorded = await db.Tickets.AsNoTracking().VisibleTo(actor)
            .Where(t => t.Phone == phone && t.AnonymisedAt == null)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new { t.Id, t.FiscalCode, t.Surname, t.GivenName })
            .Take(50)
            .ToListAsync(ct);
        var candidates = recorded.DistinctBy(c => c.FiscalCode).Take(MaxCandidates).ToList();
        if (candidates.Count > 0)
        {
            var shown = recorded.Where(t => candidates.Exists(c => c.FiscalCode == t.FiscalCode));
            await accessLog.RecordAsync(actor, AccessAction.Read, [.. shown.Select(t => new AccessSubject(t.Id, t.FiscalCode))], ct);
        }

        return [.. candidates.Select(c => new CallerCandidate(c.FiscalCode, c.Surname, c.GivenName))];
    }
}
