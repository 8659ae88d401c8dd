using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FiloDiretto.Accounts.Oidc;

/// <summary>
/// Sign-in with the institution's OpenID Connect provider, for the web pages only (API clients keep the token
/// endpoint). Nothing is registered or mapped unless <c>Authentication:Oidc:Authority</c> is set.
/// </summary>
public static class OidcRegistration
{
    public static void AddInstitutionSignIn(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OidcOptions.Section);
        builder.Services.Configure<OidcOptions>(section);
        builder.Services.AddScoped<InstitutionSignIn>();
        var oidc = section.Get<OidcOptions>() ?? new OidcOptions();
        if (!oidc.IsConfigured)
        {
            return;
        }

        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = InstitutionSignIn.KeepTrustedSecondFactor);
        builder.Services.AddAuthentication().AddOpenIdConnect(OidcOptions.Scheme, o =>
        {
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = oidc.ClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.RequireHttpsMetadata = !IsLoopback(oidc.Authority!);
            o.CallbackPath = OidcPaths.Callback;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.DisableTelemetry = true;
            o.Scope.Add("email");
            foreach (var scope in oidc.Scopes)
            {
                o.Scope.Add(scope);
            }

            // A tampered state, a forged token or a refusal at the provider ends on a page that says so, not on a 500.
            o.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect(OidcPaths.Failed);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    public static void MapInstitutionSignIn(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<OidcOptions>>().Value.IsConfigured)
        {
            return;
        }

        app.MapGet(OidcPaths.Start, (string? returnUrl) => TypedResults.Challenge(
            new AuthenticationProperties { RedirectUri = $"{OidcPaths.Outcome}?returnUrl={Uri.EscapeDataString(AccountPaths.Local(returnUrl))}" },
            [OidcOptions.Scheme])).ExcludeFromDescription();
    }

    private static bool IsLoopback(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));
}
