using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FiloDiretto.Demo;

namespace FiloDiretto.BrowserTests.Infrastructure;

/// <summary>
/// One Debian Chromium for the whole run, driven by the Playwright driver inside the NuGet package, and one
/// signed-in browser context per (app, user), reused by the tests: each test opens and closes its own pages.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    // Marks what the server prerendered: Blazor replaces it when the circuit renders the component.
    private const string MarkPrerendered =
        "document.addEventListener('DOMContentLoaded', () => { for (const e of document.querySelectorAll('main *')) e.__prerendered = true; });";

    private readonly ConcurrentDictionary<(KestrelApp, string), Lazy<Task<IBrowserContext>>> _signedIn = new();
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

        // Generous for a loaded 2-core machine; the timings the product promises are asserted explicitly.
        SetDefaultExpectTimeout(10_000);
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
            await _browser.DisposeAsync(); // closes every context too
        }

        _playwright?.Dispose();
    }

    /// <summary>A new context with no cookies: a person who has not signed in. The caller disposes it.</summary>
    public async Task<IBrowserContext> NewContextAsync(KestrelApp app)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            Locale = "it-IT",
            TimezoneId = "Europe/Rome",
            ViewportSize = new() { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(10_000);
        await context.AddInitScriptAsync(MarkPrerendered);
        return context;
    }

    /// <summary>A new page of a demo user, whose context signed in once through /accedi. Close it with <see cref="Pages.Closing"/>.</summary>
    public async Task<IPage> NewPageAsync(KestrelApp app, string userName)
    {
        var context = await _signedIn.GetOrAdd((app, userName), key => new(() => SignInAsync(key.Item1, key.Item2))).Value;
        return await context.NewPageAsync();
    }

    private async Task<IBrowserContext> SignInAsync(KestrelApp app, string userName)
    {
        var context = await NewContextAsync(app);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/accedi");
        await page.SignInAsync(userName, DemoMode.Password);
        await Expect(page).Not.ToHaveURLAsync(SignInUrl());
        await page.CloseAsync();
        return context;
    }

    [GeneratedRegex("/accedi")]
    private static partial Regex SignInUrl();
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>, ICollectionFixture<DemoApp>
{
    // One collection: the tests run one after another, so timings are not at the mercy of each other on 2 cores.
    public const string Name = "Browser";
}
