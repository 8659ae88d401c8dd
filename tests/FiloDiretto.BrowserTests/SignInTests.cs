using System.Text.RegularExpressions;
using FiloDiretto.BrowserTests.Infrastructure;
using FiloDiretto.Categories;
using FiloDiretto.Demo;

namespace FiloDiretto.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed partial class SignInTests(BrowserFixture browser, DemoApp app)
{
    [Fact]
    public async Task TheQueueAsksForSignInKeepsTheNameOnAWrongPasswordThenOpensOnTheAreasTickets()
    {
        await using var context = await browser.NewContextAsync(app);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/coda");
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accedi", Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync("accedi");

        await page.SignInAsync("bo.pagamenti", "Sbagliata!2026");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nome utente o password errati.");
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await Expect(page.GetByLabel("Nome utente", new() { Exact = true })).ToHaveValueAsync("bo.pagamenti");

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoMode.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(QueueUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coda in tempo reale", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();

        var rows = page.Rows();
        await Expect(rows.First).ToBeVisibleAsync();
        var payments = DefaultCategories.For(0).Where(c => c.Area == Area.Payments).Select(c => c.Label).ToHashSet();
        var categories = await page.ColumnAsync("Categoria");
        Assert.NotEmpty(categories);
        Assert.All(categories, label => Assert.Contains(label, payments));
        foreach (var code in await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.code)"))
        {
            Assert.Matches(TicketCode(), code);
        }

        await page.ScreenshotAsync("coda");
    }

    // Whoever sends the visitor to sign in (the cookie challenge or the router) names the page to return to.
    [GeneratedRegex(@"/accedi\?returnUrl=(%2F)?coda$", RegexOptions.IgnoreCase)]
    private static partial Regex SignInUrl();

    [GeneratedRegex(@"/coda$")]
    private static partial Regex QueueUrl();

    [GeneratedRegex(@"^LT-\d{4}-\d{6}$")]
    private static partial Regex TicketCode();
}
