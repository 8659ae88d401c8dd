using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FiloDiretto.Accounts;
using FiloDiretto.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FiloDiretto.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP on one engine, with a fake clock and the demo office of Latina seeded
/// (so the seeder is exercised too). Each factory owns a database of its own.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Monday 20 April 2026, 09:00 in Rome: a working morning.</summary>
    public static readonly DateTimeOffset Start = new(2026, 4, 20, 7, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<string, TokenResponse> _tokens = new();

    public FakeTimeProvider Clock { get; } = new(Start);

    public abstract string Engine { get; }

    protected virtual bool SeedDemo => true;

    protected abstract void UseDatabase(IWebHostBuilder builder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Demo:Enabled", SeedDemo ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:Enabled", "false"); // the tests record many tickets a second as one user
        builder.UseSetting("Accounts:RequireTwoFactor", "false"); // demo users sign in with a password; the Accounts tests switch it on
        UseDatabase(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public virtual Task InitializeAsync()
    {
        _ = Server; // start the host: migrations and demo seeding run now, not inside the first test
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeDatabaseAsync();

    protected abstract Task DisposeDatabaseAsync();

    /// <summary>A client signed in as a demo user.</summary>
    public async Task<HttpClient> ClientFor(string userName)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(userName));
        return client;
    }

    /// <summary>A bearer token for a demo user, cached until the (fake) clock passes its expiry.</summary>
    public async Task<string> TokenFor(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token) || token.ExpiresAt <= Clock.GetUtcNow())
        {
            token = _tokens[userName] = await IssueTokenAsync(userName, DemoMode.Password);
        }

        return token.AccessToken;
    }

    /// <summary>A client signed in with any user's credentials (no caching).</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await IssueTokenAsync(userName, password)).AccessToken);
        return client;
    }

    private async Task<TokenResponse> IssueTokenAsync(string userName, string password)
    {
        using var anonymous = CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();
}
