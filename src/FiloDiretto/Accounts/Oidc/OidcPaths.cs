namespace FiloDiretto.Accounts.Oidc;

public static class OidcPaths
{
    /// <summary>The sign-in page's button: leads to the provider.</summary>
    public const string Start = "/accedi/ente";

    /// <summary>The redirect URI to register at the provider (behind the site's address).</summary>
    public const string Callback = "/accedi/ente/ritorno";

    /// <summary>Where the provider's answer becomes a local sign-in, or a refusal.</summary>
    public const string Outcome = "/accedi/ente/esito";

    public const string Failed = Outcome + "?errore=true";

    public static string StartFrom(string? returnUrl) => $"{Start}?returnUrl={Uri.EscapeDataString(AccountPaths.Local(returnUrl))}";
}
