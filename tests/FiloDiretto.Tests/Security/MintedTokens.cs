using System.Net.Http.Headers;
using FiloDiretto.Accounts;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Tests.Security;

/// <summary>Bearer tokens made with the app's own keys, without the token endpoint (which is rate limited).</summary>
public static class MintedTokens
{
    public static async Task<string> MintAsync(this AppFactory app, string userName, DateTimeOffset expiresAt)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await users.FindByNameAsync(userName))!);
        var options = app.Service<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
        return options.BearerTokenProtector.Protect(ticket);
    }

    public static async Task<HttpClient> MintedClientFor(this AppFactory app, string userName)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.MintAsync(userName, app.Clock.GetUtcNow().AddHours(1)));
        return client;
    }
}
