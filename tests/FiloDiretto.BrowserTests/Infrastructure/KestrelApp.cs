using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FiloDiretto.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port of loopback, on a SQLite file of its own. Development, because
/// only there are blazor.web.js and the other static assets served from the build output.
/// </summary>
public class KestrelApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"filodiretto-browser-{Guid.NewGuid():N}.db");
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    public KestrelApp() => UseKestrel(0);

    /// <summary>Where the browser goes, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    protected virtual bool SeedDemo => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Demo:Enabled", SeedDemo ? "true" : "false");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:FiloDiretto", $"Data Source={_file}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:Enabled", "false"); // every test signs in from the same loopback address
    }

    // On the thread pool, so the browser starts meanwhile; migrations, demo seeding and the first page's
    // compilation happen here rather than inside the first test.
    public virtual Task InitializeAsync() => Task.Run(async () =>
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
        using var warmUp = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        using var page = await warmUp.GetAsync(new Uri("/", UriKind.Relative));
        page.EnsureSuccessStatusCode();
    });

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools(); // else the file stays open
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A plain HTTP client on the Kestrel port, signed in with a demo user's bearer token.</summary>
    public async Task<HttpClient> ApiClientFor(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
        if (!_tokens.TryGetValue(userName, out var token))
        {
            using var response = await client.PostAsJsonAsync("api/v1/auth/token", new { userName, password = DemoMode.Password });
            response.EnsureSuccessStatusCode();
            token = _tokens[userName] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>The demo office of Latina, shared by every browser test class.</summary>
public sealed class DemoApp : KestrelApp;

/// <summary>A new installation: migrated, nobody yet, so every page leads to the set-up.</summary>
public sealed class FreshApp : KestrelApp
{
    protected override bool SeedDemo => false;
}
