using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Accounts;

/// <summary>
/// A bearer token lives ten hours, but disabling its user, changing their role or "sign out everywhere" (each a new
/// security stamp) ends it within a minute, as it ends page sessions. A matching stamp is re-read at most once a minute per user.
/// </summary>
public sealed class TokenRevocation(TimeProvider clock)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset ReadAt)> _stamps = new();

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services)
    {
        var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var (userId, stamp) = (principal.FindFirstValue(identity.UserIdClaimType), principal.FindFirstValue(identity.SecurityStampClaimType));
        if (userId is null || stamp is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        // A stamp that differs from the remembered one is re-read at once: it may be a token issued after the change.
        if (_stamps.TryGetValue(userId, out var known) && now - known.ReadAt < CheckInterval && known.Stamp == stamp)
        {
            return true;
        }

        var user = await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId);
        var current = user is null || user.Disabled ? null : user.SecurityStamp;
        _stamps[userId] = (current, now);
        return current == stamp;
    }
}

public static class TokenRevocationMiddleware
{
    public static void UseTokenRevocation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (AccountsRegistration.IsMachinePath(context.Request.Path)
            && context.User.Identity?.IsAuthenticated == true
            && !await context.RequestServices.GetRequiredService<TokenRevocation>().IsCurrentAsync(context.User, context.RequestServices))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    });
}
