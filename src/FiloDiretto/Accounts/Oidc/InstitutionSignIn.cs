using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Accounts.Oidc;

public enum InstitutionSignInResult
{
    SignedIn,
    SecondStep,
    UnknownUser,
    Refused,
    Failed,
}

/// <summary>
/// Turns the identity provider's answer into a sign-in of the existing local user it names, who keeps the local role,
/// office, area and organisation. Nobody is created; a disabled or locked-out user is refused.
/// </summary>
public sealed partial class InstitutionSignIn(SignInManager<AppUser> signIn, IOptions<OidcOptions> options, ILogger<InstitutionSignIn> log)
{
    /// <summary>Marks a session whose second factor the institution's provider vouched for.</summary>
    public const string TrustedSecondFactor = "ente";

    public async Task<InstitutionSignInResult> CompleteAsync(HttpContext http)
    {
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded)
        {
            return InstitutionSignInResult.Failed;
        }

        var name = external.Principal.FindFirstValue(options.Value.UserNameClaim) ?? external.Principal.FindFirstValue("email");
        var user = string.IsNullOrWhiteSpace(name) ? null : await signIn.UserManager.FindByNameAsync(name);
        if (user is null)
        {
            LogUnknownUser(log);
            return InstitutionSignInResult.UnknownUser;
        }

        if (user.Disabled || await signIn.UserManager.IsLockedOutAsync(user))
        {
            LogRefusedUser(log, user.Id);
            return InstitutionSignInResult.Refused;
        }

        if (!options.Value.TrustsSecondFactor && user.TwoFactorEnabled)
        {
            // The same pending second step a password leaves behind: /accedi/codice takes it from here.
            await http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme,
                new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id)], IdentityConstants.TwoFactorUserIdScheme)));
            return InstitutionSignInResult.SecondStep;
        }

        Claim[] claims = options.Value.TrustsSecondFactor
            ? [new("amr", OidcOptions.Scheme), new(AppClaims.TwoFactor, TrustedSecondFactor)]
            : [new("amr", OidcOptions.Scheme)];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
        return InstitutionSignInResult.SignedIn;
    }

    /// <summary>The security stamp check rebuilds the session's claims from the stored user: the provider's word must survive it.</summary>
    public static Task KeepTrustedSecondFactor(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.HasClaim(AppClaims.TwoFactor, TrustedSecondFactor) == true
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == AppClaims.TwoFactor))
        {
            identity.AddClaim(new Claim(AppClaims.TwoFactor, TrustedSecondFactor));
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity provider sign-in refused: no local user has the name it gave")]
    private static partial void LogUnknownUser(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity provider sign-in refused: user {UserId} is disabled or locked out")]
    private static partial void LogRefusedUser(ILogger logger, string userId);
}
