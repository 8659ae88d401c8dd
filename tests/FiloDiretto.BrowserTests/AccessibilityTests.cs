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

    [Fact]
    public async Task TheAuditorsHomeAMissingPageAndARefusedPageHaveNoSeriousOrCriticalViolations()
    {
        var found = new List<string>();
        var auditor = await browser.NewPageAsync(app, "dpo");
        await using (auditor.Closing())
        {
            await auditor.GotoAsync("/");
            await Expect(auditor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Registro degli accessi");
            found.AddRange(await Axe.SeriousViolationsAsync(auditor));
            await auditor.GotoAsync("/pagina-che-non-esiste");
            await Expect(auditor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina non trovata");
            found.AddRange(await Axe.SeriousViolationsAsync(auditor));
        }

        var operatorPage = await browser.NewPageAsync(app, "linea1");
        await using (operatorPage.Closing())
        {
            await operatorPage.GotoAsync("/amministrazione/utenti");
            await Expect(operatorPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accesso negato");
            found.AddRange(await Axe.SeriousViolationsAsync(operatorPage));
        }

        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task InEnglishTheScreensSpeakEnglishAndStayAccessible()
    {
        await using var context = await browser.NewContextAsync(app);
        await context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = "c%3Den-GB%7Cuic%3Den-GB", Url = app.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/accedi");
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync("responsabile");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Demo.DemoMode.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        var found = new List<string>();
        foreach (var (path, heading) in new[] { ("/supervisione", "Office overview"), ("/coda", "Live queue"), ("/chiamata", "Record a call") })
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" })).ToBeVisibleAsync();
            found.AddRange(await Axe.SeriousViolationsAsync(page));
        }

        await page.GotoAsync("/coda");
        await page.WaitForCircuitAsync();
        await page.ScreenshotAsync("en-coda");
        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
    }
}
