using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>
/// Changes a category's label, area, target or failure-demand flag; its code stays. Tickets already recorded keep
/// the area and deadline they were given; new intake uses the new terms at once.
/// </summary>
public sealed class EditCategory(
    IDbContextFactory<AppDbContext> contexts, WriteGate gate, OfficeProfiles profiles, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> EditAsync(Actor actor, int categoryId, CategoryRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var terms = CategoryTerms.Validate(request, validation, text);
        if (!validation.IsValid)
        {
            return AdminOutcome.Invalid(validation);
        }

        using (await gate.EnterAsync(ct))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == categoryId && c.OfficeId == actor.OfficeId, ct);
            if (category is null)
            {
                return AdminOutcome.NotFound(text["CategoryNotFound"]);
            }

            terms!.ApplyTo(category);
            await db.SaveChangesAsync(ct);
        }

        profiles.Invalidate(actor.OfficeId);
        return AdminOutcome.Done;
    }
}
