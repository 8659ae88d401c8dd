namespace FiloDiretto.Accounts.Oidc;

/// <summary>The <c>Authentication:Oidc</c> section: the institution's identity provider, for the web pages only.</summary>
public sealed class OidcOptions
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "ente";

    /// <summary>The provider's issuer URL; without it no OpenID Connect sign-in exists.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked beyond <c>openid profile email</c>.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>The claim whose value is the local user name; <c>email</c> stands in when the token lacks it.</summary>
    public string UserNameClaim { get; set; } = "preferred_username";

    /// <summary>The button's text on the sign-in page; empty: "Accedi con l'identità dell'ente".</summary>
    public string? DisplayName { get; set; }

    /// <summary>The provider already asked for a second factor: the local authenticator-app step is skipped.</summary>
    public bool TrustsSecondFactor { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
