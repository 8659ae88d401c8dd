using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>
/// Deactivates a category (intake no longer offers it) or reactivates it. Never a deletion: recorded tickets
/// point at their category for ever.
/// </summary>
public sealed class SetCategoryActive(
    IDbContextFactory<AppDbContext> contexts, WriteGate gate, OfficeProfiles profiles, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> SetAsync(Actor actor, int categoryId, bool active, CancellationToken ct)
    {
        int changed;
        using (await gate.EnterAsync(ct))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            changed = await db.Categories
                .Where(c => c.Id == categoryId && c.OfficeId == actor.OfficeId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Active, active), ct);
        }

        if (changed == 0)
        {
            return AdminOutcome.NotFound(text["CategoryNotFound"]);
        }

        profiles.Invalidate(actor.OfficeId);
        return AdminOutcome.Done;
    }
}
