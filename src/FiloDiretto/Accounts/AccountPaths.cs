namespace FiloDiretto.Accounts;

public static class AccountPaths
{
    public const string SignIn = "/accedi";
    public const string SecondStep = "/accedi/codice";
    public const string Profile = "/profilo";
    public const string TwoFactor = "/profilo/verifica-in-due-passaggi";
    public const string SignOut = "/esci";
    public const string IdleSignOut = "/esci-per-inattivita";
    public const string KeepAlive = "/sessione";

    /// <summary>Where a page leads after sign-in: only a path of this site, else the sign-in would be an open redirect.</summary>
    public static string Local(string? returnUrl) => Platform.Localisation.LocalisationRegistration.LocalPath("/" + returnUrl?.TrimStart('/'));
}
