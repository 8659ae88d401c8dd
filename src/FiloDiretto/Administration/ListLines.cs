using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Administration;

/// <summary>A line as the administrator sees it; <see cref="Phone"/> is E.164, or empty when not yet known; no operators: all of the office.</summary>
public sealed record LineRow(int Id, int Number, string Name, string Phone, Area? Area, IReadOnlyList<string> OperatorIds, IReadOnlyList<OpeningSpan> Hours);

/// <summary>The dedicated phone lines of the administrator's office, by number.</summary>
public sealed class ListLines(IDbContextFactory<AppDbContext> contexts)
{
    /// <summary>The phone operators of the office, who may be chosen to answer a line.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> OperatorsAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.OfficeId == actor.OfficeId && u.Role == Role.PhoneOperator)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return [.. users.Select(u => (u.Id, u.DisplayName))];
    }


    public async Task<IReadOnlyList<LineRow>> ListAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lines = await db.PhoneLines.AsNoTracking()
            .Where(l => l.OfficeId == actor.OfficeId)
            .OrderBy(l => l.Number)
            .ToListAsync(ct);
        return [.. lines.Select(l => new LineRow(l.Id, l.Number, l.Name, l.Phone, l.Area, l.OperatorIds, l.Hours))];
    }
}
