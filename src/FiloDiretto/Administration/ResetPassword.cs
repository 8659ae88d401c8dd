using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>
/// The administrator sets a temporary password for a user of the office who lost theirs: it replaces the old one
/// in one step, ends their sessions and lifts a lockout from wrong attempts.
/// </summary>
public sealed class ResetPassword(IServiceScopeFactory scopes, WriteGate gate, IStringLocalizer<AdminOutcome> text)
{
    public const string PasswordField = "TemporaryPassword";

    public async Task<AdminOutcome> ResetAsync(Actor actor, string userId, string? password, CancellationToken ct)
    {
        await using var change = await StaffChange.BeginAsync(scopes, gate, actor.OfficeId, ct);
        var user = await change.FindAsync(actor.OfficeId, userId);
        if (user is null)
        {
            return AdminOutcome.NotFound(text["UserNotFound"]);
        }

        var validation = new Validation();
        await change.CheckPasswordAsync(user, password, PasswordField, validation);
        if (!validation.IsValid)
        {
            return AdminOutcome.Invalid(validation);
        }

        var token = await change.Users.GeneratePasswordResetTokenAsync(user);
        var reset = await change.Users.ResetPasswordAsync(user, token, password!);
        if (!reset.Succeeded)
        {
            return AdminOutcome.Invalid(reset, PasswordField, PasswordField);
        }

        await change.Users.ResetAccessFailedCountAsync(user);
        await change.Users.SetLockoutEndDateAsync(user, null);
        await change.CommitAsync(ct);
        return AdminOutcome.Done;
    }
}
