using System.Text.RegularExpressions;
using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>Adds a category to the administrator's office; intake on this node offers it at once.</summary>
public sealed partial class CreateCategory(
    IDbContextFactory<AppDbContext> contexts, WriteGate gate, OfficeProfiles profiles, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> CreateAsync(Actor actor, CategoryRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var code = validation.Text(nameof(request.Code), request.Code, 20)?.ToUpperInvariant();
        if (code is not null && !CodePattern().IsMatch(code))
        {
            validation.Add(nameof(request.Code), text["CategoryCode"]);
        }

        var terms = CategoryTerms.Validate(request, validation, text);
        if (!validation.IsValid)
        {
            return AdminOutcome.Invalid(validation);
        }

        var category = new Category { OfficeId = actor.OfficeId, Code = code!, Label = "" };
        terms!.ApplyTo(category);
        using (await gate.EnterAsync(ct))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.Categories.Add(category);
            if (!await db.TrySaveUniqueAsync(ct))
            {
                validation.Add(nameof(request.Code), text["CategoryCodeTaken", code!]);
                return AdminOutcome.Invalid(validation);
            }
        }

        profiles.Invalidate(actor.OfficeId);
        return AdminOutcome.Done;
    }

    [GeneratedRegex("^[A-Z0-9_]{2,}$")]
    private static partial Regex CodePattern();
}
