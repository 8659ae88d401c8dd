using FiloDiretto.Accounts;
using FiloDiretto.Accounts.Oidc;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Accounts.Oidc;

/// <summary>The app with two-factor sign-in mandatory and the institution's provider configured: a real one, on a loopback port.</summary>
public sealed class OidcFactory : SqliteFactory
{
    public const string Suite = "Oidc";
    public static readonly Uri Site = new("https://localhost");

    public TestIdentityProvider Provider { get; } = new();

    public override async Task InitializeAsync()
    {
        await Provider.StartAsync(new Uri(Site, OidcPaths.Callback).ToString());
        // The correlation and nonce cookies expire by the app's clock, and the test's cookie jar judges them by the real one.
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(AccountOptions.RequireTwoFactorKey, "true");
        builder.UseSetting($"{OidcOptions.Section}:Authority", Provider.Authority);
        builder.UseSetting($"{OidcOptions.Section}:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting($"{OidcOptions.Section}:ClientSecret", TestIdentityProvider.ClientSecret);
    }

    /// <summary>A browser on the app's https address: the provider's correlation cookies are Secure.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Site, AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A user of the demo office's back office, for one test only.</summary>
    public async Task<AppUser> NewUserAsync(Role role, bool disabled = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = $"ente{Guid.NewGuid():N}"[..12],
            DisplayName = "Utente dell'ente",
            Role = role,
            OfficeId = (await users.FindByNameAsync("responsabile"))!.OfficeId,
            Disabled = disabled,
        };
        var result = await users.CreateAsync(user);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public async Task<bool> UserExistsAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName) is not null;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

[CollectionDefinition(OidcFactory.Suite)]
public sealed class OidcSuite : ICollectionFixture<OidcFactory>;
