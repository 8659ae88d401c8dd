using FiloDiretto.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Infrastructure;

public static class Actors
{
    /// <summary>A demo user as the use cases receive them, from the same claims a sign-in carries.</summary>
    public static async Task<Actor> ActorFor(this AppFactory app, string userName)
    {
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo user {userName}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        return Actor.From(principal);
    }
}
