using FiloDiretto.Accounts;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Administration;

/// <summary>A line as the administrator sees it; <see cref="Phone"/> is E.164, or empty when not yet known.</summary>
public sealed record LineRow(int Id, int Number, string Name, string Phone);

/// <summary>The dedicated phone lines of the administrator's office, by number.</summary>
public sealed class ListLines(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<LineRow>> ListAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.PhoneLines.AsNoTracking()
            .Where(l => l.OfficeId == actor.OfficeId)
            .OrderBy(l => l.Number)
            .Select(l => new LineRow(l.Id, l.Number, l.Name, l.Phone))
            .ToListAsync(ct);
    }
}
