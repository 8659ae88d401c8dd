using System.Text.RegularExpressions;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>A new installation, set up from the browser. One journey: each step depends on the one before.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class FirstRunTests(BrowserFixture browser, FreshApp app) : IClassFixture<FreshApp>
{
    private const string PasswordLabel = "Password (almeno 10 caratteri, con maiuscole, minuscole, cifre e simboli)";

    [Fact]
    public async Task TheSetUpPageCreatesTheAdministratorAfterExplainingABadPasswordBesideTheField()
    {
        await using var context = await browser.NewContextAsync(app);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(SetupUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Primo avvio", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Sigla dell'ufficio (es. LT)").FillAsync("FR");
        await page.GetByLabel("Nome dell'ufficio").FillAsync("INPS — Direzione provinciale di Frosinone");
        await page.GetByLabel("Nome utente dell'amministratore").FillAsync("amministratore");
        await page.GetByLabel("Nome e cognome").FillAsync("Elena Marchi");
        await page.GetByLabel(PasswordLabel).FillAsync("corta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea amministratore" }).ClickAsync();

        var passwordField = page.Locator(".field").Filter(new() { Has = page.GetByLabel(PasswordLabel) });
        await Expect(passwordField.Locator(".field-error", new() { HasText = "La password deve avere almeno 10 caratteri." })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(SetupUrl());
        await Expect(page.Locator(".field").Filter(new() { Has = page.Locator(".field-error") })).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Sigla dell'ufficio (es. LT)")).ToHaveValueAsync("FR");
        await Expect(page.GetByLabel("Nome dell'ufficio")).ToHaveValueAsync("INPS — Direzione provinciale di Frosinone");
        await Expect(page.GetByLabel("Nome utente dell'amministratore")).ToHaveValueAsync("amministratore");
        await Expect(page.GetByLabel("Nome e cognome")).ToHaveValueAsync("Elena Marchi");
        await Expect(page.GetByLabel(PasswordLabel)).ToHaveValueAsync("");

        await page.GetByLabel(PasswordLabel).FillAsync("Frosinone!2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea amministratore" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SignInUrl());

        await page.SignInAsync("amministratore", "Frosinone!2026");
        await Expect(page).Not.ToHaveURLAsync(SignInUrl());
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Elena Marchi");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Esci" })).ToBeVisibleAsync();

        await page.GotoAsync("/avvio");
        await Expect(page.GetByText("FiloDiretto è già configurato.")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/avvio$")]
    private static partial Regex SetupUrl();

    [GeneratedRegex(@"/accedi(\?|$)")]
    private static partial Regex SignInUrl();
}
