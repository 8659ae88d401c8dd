using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

/// <summary>A citizen the office has recorded with a phone number.</summary>
public sealed record CallerCandidate(string FiscalCode, string Surname, string GivenName);

/// <summary>Who is calling, by their number, among the citizens of the tickets the operator may see: none, one, or several to choose from.</summary>
public sealed class IdentifyCaller(IDbContextFactory<AppDbContext> contexts)
{
    public const int MaxCandidates = 5;

    public async Task<IReadOnlyList<CallerCandidate>> FindAsync(Actor actor, string phone, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var recorded = await db.Tickets.AsNoTracking().VisibleTo(actor)
            .Where(t => t.Phone == phone && t.AnonymisedAt == null)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new { t.FiscalCode, t.Surname, t.GivenName })
            .Take(50)
            .ToListAsync(ct);
        return [.. recorded.DistinctBy(c => c.FiscalCode).Take(MaxCandidates).Select(c => new CallerCandidate(c.FiscalCode, c.Surname, c.GivenName))];
    }
}
