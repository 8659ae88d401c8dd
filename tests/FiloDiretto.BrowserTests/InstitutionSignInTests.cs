using System.Text.RegularExpressions;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>In a real browser the provider's cookies, the strict sign-in cookie and Blazor's navigation all meet.</summary>
[Collection(BrowserSuite.Name)]
public sealed class InstitutionSignInTests(BrowserFixture browser, OidcApp app) : IClassFixture<OidcApp>
{
    [Fact]
    public async Task ABackOfficeSpecialistSignsInWithTheInstitutionsIdentityAndLandsOnTheQueue()
    {
        app.Provider.Subject = "bo.sanitaria";
        await using var context = await browser.NewContextAsync(app);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/accedi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accedi con l'identità dell'ente" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coda in tempo reale", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".who")).ToContainTextAsync("Laura Pace");
    }

    [Fact]
    public async Task AnUnknownPersonReadsWhyAndStaysSignedOut()
    {
        app.Provider.Subject = "persona.sconosciuta";
        await using var context = await browser.NewContextAsync(app);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/accedi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accedi con l'identità dell'ente" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("non corrisponde a nessun utente di FiloDiretto");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/coda");
        await Expect(page).ToHaveURLAsync(new Regex("/accedi"));
    }
}
