using FiloDiretto.Platform.Localisation;
using Microsoft.AspNetCore.Identity;

namespace FiloDiretto.Accounts;

/// <summary>The account rules explained in the user's language, Italian first (Identity's own texts are English only).</summary>
public sealed class ItalianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), Messages.Format("Identity.PasswordTooShort", length));

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), Messages.Get("Identity.PasswordRequiresNonAlphanumeric"));

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), Messages.Get("Identity.PasswordRequiresDigit"));

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), Messages.Get("Identity.PasswordRequiresUpper"));

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), Messages.Get("Identity.PasswordRequiresLower"));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), Messages.Format("Identity.PasswordRequiresUniqueChars", uniqueChars));

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), Messages.Format("Identity.DuplicateUserName", userName));

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), Messages.Format("Identity.InvalidUserName", userName));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
