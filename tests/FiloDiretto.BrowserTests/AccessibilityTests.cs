using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>axe-core on the pages people use: no serious or critical violation.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, DemoApp app, FreshApp fresh) : IClassFixture<FreshApp>
{
    [Fact]
    public async Task SignInSetUpAndQueueHaveNoSeriousOrCriticalViolations()
    {
        var found = new List<string>();

        await using (var anonymous = await browser.NewContextAsync(app))
        {
            var page = await anonymous.NewPageAsync();
            await page.GotoAsync("/accedi");
            found.AddRange(await Axe.SeriousViolationsAsync(page));
        }

        await using (var installer = await browser.NewContextAsync(fresh))
        {
            var page = await installer.NewPageAsync();
            await page.GotoAsync("/avvio");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Primo avvio" })).ToBeVisibleAsync();
            found.AddRange(await Axe.SeriousViolationsAsync(page));
        }

        var queue = await browser.NewPageAsync(app, "bo.pagamenti");
        await using (queue.Closing())
        {
            await queue.GotoAsync("/coda");
            await queue.WaitForCircuitAsync();
            await Expect(queue.Rows().First).ToBeVisibleAsync();
            found.AddRange(await Axe.SeriousViolationsAsync(queue));
        }

        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
    }
}
