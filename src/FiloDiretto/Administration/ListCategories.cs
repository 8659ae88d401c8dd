using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Administration;

public sealed record CategoryRow(int Id, string Code, string Label, Area Area, int TargetWorkingDays, bool FailureDemand, bool Active);

/// <summary>Every category of the administrator's office, the deactivated ones too.</summary>
public sealed class ListCategories(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<CategoryRow>> ListAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Categories.AsNoTracking()
            .Where(c => c.OfficeId == actor.OfficeId)
            .OrderBy(c => c.Code)
            .Select(c => new CategoryRow(c.Id, c.Code, c.Label, c.Area, c.TargetWorkingDays, c.FailureDemand, c.Active))
            .ToListAsync(ct);
    }
}
