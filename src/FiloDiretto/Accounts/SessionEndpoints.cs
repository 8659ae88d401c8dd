using Microsoft.AspNetCore.Identity;

namespace FiloDiretto.Accounts;

/// <summary>The idle timeout of page sessions: activity in the browser keeps the cookie alive, inactivity ends it.</summary>
public static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        // A request is all it takes: the cookie's sliding expiration renews it on the way out.
        app.MapGet(AccountPaths.KeepAlive, () => TypedResults.NoContent()).RequireAuthorization().ExcludeFromDescription();

        app.MapGet(AccountPaths.IdleSignOut, async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(AccountPaths.SignIn + "?inattivita=true");
        }).ExcludeFromDescription();
    }
}
