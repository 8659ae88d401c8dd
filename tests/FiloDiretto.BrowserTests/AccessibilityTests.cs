using System.Text.Json;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>axe-core on the pages people use: no serious or critical violation.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, DemoApp app, FreshApp fresh) : IClassFixture<FreshApp>
{
    private static readonly Lazy<string> AxeScript = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException(
                $"{path} is missing: run `npm ci --prefix tests/FiloDiretto.BrowserTests` and build again (./test.sh does both).");
    });

    [Fact]
    public async Task SignInSetUpAndQueueHaveNoSeriousOrCriticalViolations()
    {
        var found = new List<string>();

        await using (var anonymous = await browser.NewContextAsync(app))
        {
            var page = await anonymous.NewPageAsync();
            await page.GotoAsync("/accedi");
            found.AddRange(await SeriousViolationsAsync(page));
        }

        await using (var installer = await browser.NewContextAsync(fresh))
        {
            var page = await installer.NewPageAsync();
            await page.GotoAsync("/avvio");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Primo avvio" })).ToBeVisibleAsync();
            found.AddRange(await SeriousViolationsAsync(page));
        }

        var queue = await browser.NewPageAsync(app, "bo.pagamenti");
        await using (queue.Closing())
        {
            await queue.GotoAsync("/coda");
            await queue.WaitForCircuitAsync();
            await Expect(queue.Rows().First).ToBeVisibleAsync();
            found.AddRange(await SeriousViolationsAsync(queue));
        }

        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
    }

    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = AxeScript.Value });
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
}
