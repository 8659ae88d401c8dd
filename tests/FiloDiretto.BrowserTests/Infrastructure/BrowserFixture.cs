using FiloDiretto.Demo;

namespace FiloDiretto.BrowserTests.Infrastructure;

/// <summary>One Debian Chromium for the whole run, driven by the Playwright driver inside the NuGet package.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    // Marks what the server prerendered: Blazor replaces it when the circuit renders the component.
    private const string MarkPrerendered =
        "document.addEventListener('DOMContentLoaded', () => { for (const e of document.querySelectorAll('main *')) e.__prerendered = true; });";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium); ./test.sh does it.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            Headless = true,
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A browser context of its own (cookies, storage), signed in as <paramref name="userName"/> unless null.</summary>
    public async Task<IBrowserContext> NewContextAsync(KestrelApp app, string? userName = null)
    {
        var state = userName is null ? null : await app.StorageStateFor(userName, u => SignInOnceAsync(app, u));
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            Locale = "it-IT",
            TimezoneId = "Europe/Rome",
            ViewportSize = new() { Width = 1280, Height = 800 },
            StorageState = state,
        });
        context.SetDefaultTimeout(10_000);
        await context.AddInitScriptAsync(MarkPrerendered);
        return context;
    }

    private async Task<string> SignInOnceAsync(KestrelApp app, string userName)
    {
        await using var context = await NewContextAsync(app);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/accedi");
        await page.SignInAsync(userName, DemoMode.Password);
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/accedi"));
        return await context.StorageStateAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>, ICollectionFixture<DemoApp>
{
    // One collection: the tests run one after another, so timings are not at the mercy of each other on 2 cores.
    public const string Name = "Browser";
}
