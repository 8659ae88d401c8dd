namespace FiloDiretto.BrowserTests.Infrastructure;

public static class Pages
{
    /// <summary>Fills and submits the sign-in form of /accedi (the page must be open).</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        await page.GetByLabel("Nome utente", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Waits until the interactive page has been rendered by its circuit, not only prerendered: before
    /// that, buttons are inert and the page is not yet subscribed to the live queue.
    /// </summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => { const h = document.querySelector('main h1'); return !!h && !h.__prerendered; }");

    /// <summary>Closes the page when the test ends: <c>await using var _ = page.Closing();</c></summary>
    public static IAsyncDisposable Closing(this IPage page) => new PageCloser(page);

    /// <summary>Sets a value on window that a reload would lose.</summary>
    public static Task MarkWindowAsync(this IPage page) => page.EvaluateAsync("() => { window.__marker = 1; }");

    public static Task<bool> WindowStillMarkedAsync(this IPage page) => page.EvaluateAsync<bool>("() => window.__marker === 1");

    /// <summary>Saves a screenshot as artifacts/screenshots/<paramref name="name"/>.png (test output, not committed): what the window shows, or the whole page.</summary>
    public static Task ScreenshotAsync(this IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts("screenshots"), name + ".png"), FullPage = fullPage });

    /// <summary>The repository's artifacts/ folder (gitignored), for screenshots.</summary>
    public static string Artifacts(string folder)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FiloDiretto.slnx")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts", folder);
        Directory.CreateDirectory(path);
        return path;
    }
}

internal sealed class PageCloser(IPage page) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await page.CloseAsync();
}
