using FiloDiretto.Platform;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Accounts;

public sealed record TokenRequest(string? UserName, string? Password, string? TwoFactorCode = null);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

public static class TokenApi
{
    public static void MapTokenApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/token", IssueAsync).WithTags("Accounts").AllowAnonymous();

    /// <summary>
    /// Exchanges a user name and password (and the authenticator code, for users who enrolled) for a bearer token.
    /// Every failure counts towards the lockout, as on the sign-in page, and reads the same: nobody learns which part was wrong.
    /// </summary>
    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        TokenRequest body,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        Authenticator authenticator,
        IOptions<AccountOptions> accounts,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        var validation = new Validation();
        var userName = validation.Text("userName", body.UserName, 256);
        var password = validation.Text("password", body.Password, 256);
        if (!validation.IsValid)
        {
            return Problems.Invalid(validation.Errors);
        }

        var user = await users.FindByNameAsync(userName!);
        if (user is null || user.Disabled || await users.IsLockedOutAsync(user))
        {
            return Refused();
        }

        if (!await users.CheckPasswordAsync(user, password!)
            || (user.TwoFactorEnabled && !await authenticator.VerifyAsync(user, body.TwoFactorCode)))
        {
            await users.AccessFailedAsync(user);
            return Refused();
        }

        await users.ResetAccessFailedCountAsync(user);
        if (accounts.Value.MustUseTwoFactor(user.Role) && !user.TwoFactorEnabled)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Verifica in due passaggi richiesta",
                detail: $"Attivare la verifica in due passaggi dalla pagina {AccountPaths.TwoFactor} prima di usare l'API.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var expiresAt = clock.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
        return TypedResults.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expiresAt));
    }

    private static ProblemHttpResult Refused() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Credenziali non valide",
        detail: "Nome utente, password o codice errati, oppure utenza bloccata.");
}
