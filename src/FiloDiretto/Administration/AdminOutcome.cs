using FiloDiretto.Platform;
using Microsoft.AspNetCore.Identity;

namespace FiloDiretto.Administration;

public enum AdminOutcomeKind
{
    Done,
    Invalid,
    Refused,
    NotFound,
}

/// <summary>
/// What became of an administrator's change: done, invalid input (messages by field), refused by a rule of the
/// office, or nothing of that id in the administrator's office. AdminOutcome.resx holds the messages.
/// </summary>
public sealed record AdminOutcome(AdminOutcomeKind Kind, string? Message = null, IDictionary<string, string[]>? Errors = null)
{
    public static readonly AdminOutcome Done = new(AdminOutcomeKind.Done);

    public static AdminOutcome Invalid(Validation validation) => new(AdminOutcomeKind.Invalid, Errors: validation.Errors);

    public static AdminOutcome Refused(string message) => new(AdminOutcomeKind.Refused, message);

    public static AdminOutcome NotFound(string message) => new(AdminOutcomeKind.NotFound, message);

    /// <summary>Identity's refusals (already Italian, see ItalianIdentityErrors) on the password field or the user name field.</summary>
    public static AdminOutcome Invalid(IdentityResult result, string passwordField, string userNameField)
    {
        var validation = new Validation();
        foreach (var error in result.Errors)
        {
            validation.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? passwordField : userNameField, error.Description);
        }

        return Invalid(validation);
    }
}
