using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

public sealed class UserRoleChange
{
    public Role? Role { get; set; }
    public Area? Area { get; set; }
    public int? OrganisationId { get; set; }
}

/// <summary>
/// Gives a user of the office another role, area or patronato. Their sessions end (new security stamp), so no page
/// stays open with the old role. An administrator never changes their own role nor demotes the office's last one.
/// </summary>
public sealed class ChangeUserRole(IServiceScopeFactory scopes, WriteGate gate, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> ChangeAsync(Actor actor, string userId, UserRoleChange request, CancellationToken ct)
    {
        await using var change = await StaffChange.BeginAsync(scopes, gate, actor.OfficeId, ct);
        var user = await change.FindAsync(actor.OfficeId, userId);
        if (user is null)
        {
            return AdminOutcome.NotFound(text["UserNotFound"]);
        }

        if (user.Id == actor.UserId)
        {
            return AdminOutcome.Refused(text["OwnRole"]);
        }

        var validation = new Validation();
        var assignment = await RoleAssignment.ValidateAsync(
            change.Db, actor.OfficeId, request.Role, request.Area, request.OrganisationId, validation, text, ct);
        if (!validation.IsValid)
        {
            return AdminOutcome.Invalid(validation);
        }

        if (assignment!.IsHeldBy(user))
        {
            return AdminOutcome.Done;
        }

        if (assignment.Role != Role.Admin && await change.IsLastActiveAdminAsync(user, ct))
        {
            return AdminOutcome.Refused(text["LastAdmin"]);
        }

        assignment.ApplyTo(user);
        if (!(await change.Users.UpdateSecurityStampAsync(user)).Succeeded)
        {
            return AdminOutcome.Refused(text["ChangedMeanwhile"]);
        }

        await change.CommitAsync(ct);
        return AdminOutcome.Done;
    }
}
