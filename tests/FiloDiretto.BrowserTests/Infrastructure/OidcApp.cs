using FiloDiretto.Accounts.Oidc;
using FiloDiretto.Tests.Accounts.Oidc;
using Microsoft.AspNetCore.Hosting;

namespace FiloDiretto.BrowserTests.Infrastructure;

/// <summary>A demo office of its own whose staff may sign in with the institution's provider, a real one on another loopback port.</summary>
public sealed class OidcApp : KestrelApp
{
    public TestIdentityProvider Provider { get; } = new();

    public override async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await base.InitializeAsync();
        await Provider.RegisterClientAsync(BaseUrl + OidcPaths.Callback);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"{OidcOptions.Section}:Authority", Provider.Authority);
        builder.UseSetting($"{OidcOptions.Section}:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting($"{OidcOptions.Section}:ClientSecret", TestIdentityProvider.ClientSecret);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
