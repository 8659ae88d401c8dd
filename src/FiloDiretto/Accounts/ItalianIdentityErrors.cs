using Microsoft.AspNetCore.Identity;

namespace FiloDiretto.Accounts;

/// <summary>The account rules explained in Italian, like the rest of the UI (Identity's defaults are English).</summary>
public sealed class ItalianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"La password deve avere almeno {length} caratteri.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "La password deve contenere almeno un simbolo, ad esempio ! o #.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "La password deve contenere almeno una cifra (0-9).");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "La password deve contenere almeno una lettera maiuscola (A-Z).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "La password deve contenere almeno una lettera minuscola (a-z).");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"La password deve contenere almeno {uniqueChars} caratteri diversi.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Il nome utente '{userName}' è già in uso.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Il nome utente '{userName}' non è valido: usare lettere, cifre e i segni . _ - @ +");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
