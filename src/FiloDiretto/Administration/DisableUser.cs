using FiloDiretto.Accounts;
using FiloDiretto.Data;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>
/// Disables a user of the office (no more sign-in, and a new security stamp ends their page sessions) or enables
/// them again. An administrator never disables themselves nor the office's last active one.
/// </summary>
public sealed class DisableUser(IServiceScopeFactory scopes, WriteGate gate, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> SetDisabledAsync(Actor actor, string userId, bool disabled, CancellationToken ct)
    {
        await using var change = await StaffChange.BeginAsync(scopes, gate, actor.OfficeId, ct);
        var user = await change.FindAsync(actor.OfficeId, userId);
        if (user is null)
        {
            return AdminOutcome.NotFound(text["UserNotFound"]);
        }

        if (user.Disabled == disabled)
        {
            return AdminOutcome.Done;
        }

        if (disabled && user.Id == actor.UserId)
        {
            return AdminOutcome.Refused(text["OwnAccount"]);
        }

        if (disabled && await change.IsLastActiveAdminAsync(user, ct))
        {
            return AdminOutcome.Refused(text["LastAdmin"]);
        }

        user.Disabled = disabled;
        if (!(await change.Users.UpdateSecurityStampAsync(user)).Succeeded)
        {
            return AdminOutcome.Refused(text["ChangedMeanwhile"]);
        }

        await change.CommitAsync(ct);
        return AdminOutcome.Done;
    }
}
