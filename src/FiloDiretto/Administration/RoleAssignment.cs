using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>
/// A role with what it needs: an area for a back-office specialist (optional for a supervisor), a patronato of
/// the office for a patronato clerk; other roles carry neither, whatever the form sent.
/// </summary>
public sealed record RoleAssignment(Role Role, Area? Area, int? OrganisationId)
{
    public const string RoleField = "Role";
    public const string AreaField = "Area";
    public const string OrganisationField = "OrganisationId";

    public static bool HasArea(Role? role) => role is Role.BackOffice or Role.Supervisor;

    public static bool HasOrganisation(Role? role) => role is Role.Patronato;

    public static async Task<RoleAssignment?> ValidateAsync(
        AppDbContext db, int officeId, Role? role, Area? area, int? organisationId, Validation validation, IStringLocalizer<AdminOutcome> text, CancellationToken ct)
    {
        if (role is not { } chosen || !Enum.IsDefined(chosen))
        {
            validation.Add(RoleField, text["RoleRequired"]);
            return null;
        }

        if (chosen == Role.BackOffice && area is null)
        {
            validation.Add(AreaField, text["AreaRequired"]);
        }

        if (HasOrganisation(chosen)
            && (organisationId is null || !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.OfficeId == officeId, ct)))
        {
            validation.Add(OrganisationField, text["OrganisationRequired"]);
        }

        return new RoleAssignment(chosen, HasArea(chosen) ? area : null, HasOrganisation(chosen) ? organisationId : null);
    }

    public bool IsHeldBy(AppUser user) => user.Role == Role && user.Area == Area && user.OrganisationId == OrganisationId;

    public void ApplyTo(AppUser user)
    {
        user.Role = Role;
        user.Area = Area;
        user.OrganisationId = OrganisationId;
    }
}
