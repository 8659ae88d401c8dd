using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Accounts;

/// <summary>
/// A user whose role requires two-factor sign-in and who has not enrolled yet reaches only the enrolment
/// page (and sign-out) until done.
/// </summary>
public static class TwoFactorGate
{
    private static readonly string[] Open = [AccountPaths.TwoFactor, FirstRun.SetupPath, AccountPaths.SignOut, AccountPaths.IdleSignOut, AccountPaths.KeepAlive, "/lingua", "/_framework", "/lib", "/css"];

    public static void UseTwoFactorEnrolment(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (MustEnrol(context.User, context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value)
            && !Open.Any(p => path.StartsWithSegments(p)) && !Path.HasExtension(path.Value))
        {
            context.Response.Redirect(AccountPaths.TwoFactor);
            return;
        }

        await next(context);
    });

    public static bool MustEnrol(ClaimsPrincipal user, AccountOptions options) =>
        user.Identity?.IsAuthenticated == true
        && Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role)
        && options.MustUseTwoFactor(role)
        && !user.HasClaim(c => c.Type == AppClaims.TwoFactor);
}
