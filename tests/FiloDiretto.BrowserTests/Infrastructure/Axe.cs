using System.Text.Json;

namespace FiloDiretto.BrowserTests.Infrastructure;

/// <summary>axe-core (from npm, see package.json) run inside a page.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException(
                $"{path} is missing: run `npm ci --prefix tests/FiloDiretto.BrowserTests` and build again (./test.sh does both).");
    });

    /// <summary>The serious and critical violations on the page as it is now, one line each; empty when there are none.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // After an enhanced navigation the new page's <title> arrives just after its body: check the finished page.
        await page.WaitForFunctionAsync("() => document.title.length > 0");
        // Evaluated, not added as a <script>: the app's content security policy blocks inline script tags.
        await page.EvaluateAsync(Script.Value);
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document)).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => ({ id: v.id, impact: v.impact, help: v.help, target: n.target.join(' '), html: n.html })))
            """);
        var path = new Uri(page.Url).AbsolutePath;
        return violations.EnumerateArray()
            .Select(v => $"{path}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) {v.GetProperty("help").GetString()} — {v.GetProperty("target").GetString()}: {v.GetProperty("html").GetString()}")
            .ToList();
    }

    /// <summary>Fails the test with the list when the page has a serious or critical violation.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var found = await SeriousViolationsAsync(page);
        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
    }
}
