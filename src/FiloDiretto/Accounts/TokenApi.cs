using FiloDiretto.Platform;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Accounts;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

public static class TokenApi
{
    public static void MapTokenApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/token", IssueAsync).WithTags("Accounts").AllowAnonymous();

    /// <summary>Exchanges a user name and password for a bearer token (lockout applies, as on the sign-in page).</summary>
    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        TokenRequest body,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
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
        if (user is null || user.Disabled || !(await signIn.CheckPasswordSignInAsync(user, password!, lockoutOnFailure: true)).Succeeded)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Credenziali non valide",
                detail: "Nome utente o password errati, oppure utenza bloccata.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var expiresAt = clock.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
        return TypedResults.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expiresAt));
    }
}
