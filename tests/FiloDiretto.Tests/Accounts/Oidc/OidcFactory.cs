using FiloDiretto.Accounts;
using FiloDiretto.Accounts.Oidc;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Accounts.Oidc;

/// <summary>The app with two-factor sign-in mandatory and the institution's provider configured: a real one, on a loopback port.</summary>
public class OidcFactory : AccountsFactory
{
    public new const string Suite = "Oidc";
    public static readonly Uri Site = new("https://localhost");

    public TestIdentityProvider Provider { get; } = new();

    protected virtual bool TrustsSecondFactor => true;

    public override async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await Provider.RegisterClientAsync(new Uri(Site, OidcPaths.Callback).ToString());
        // The correlation and nonce cookies expire by the app's clock, and the test's cookie jar judges them by the real one.
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"{OidcOptions.Section}:Authority", Provider.Authority);
        builder.UseSetting($"{OidcOptions.Section}:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting($"{OidcOptions.Section}:ClientSecret", TestIdentityProvider.ClientSecret);
        builder.UseSetting($"{OidcOptions.Section}:TrustsSecondFactor", TrustsSecondFactor ? "true" : "false");
    }

    /// <summary>A browser on the app's https address: the provider's correlation cookies are Secure.</summary>
    public PageSession Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Site, AllowAutoRedirect = false, HandleCookies = true }));

    public async Task DisableAsync(AppUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        stored.Disabled = true;
        await users.UpdateAsync(stored);
    }

    public async Task<bool> UserExistsAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName) is not null;
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await base.DisposeDatabaseAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>An institution whose provider is not trusted for the second factor: the local authenticator-app step follows it.</summary>
public sealed class UntrustedOidcFactory : OidcFactory
{
    public new const string Suite = "Oidc, second factor not trusted";

    protected override bool TrustsSecondFactor => false;
}

[CollectionDefinition(OidcFactory.Suite)]
public sealed class OidcSuite : ICollectionFixture<OidcFactory>;

[CollectionDefinition(UntrustedOidcFactory.Suite)]
public sealed class UntrustedOidcSuite : ICollectionFixture<UntrustedOidcFactory>;
