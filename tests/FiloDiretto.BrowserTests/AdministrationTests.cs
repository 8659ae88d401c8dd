using System.Text.RegularExpressions;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The administrator's pages: users, categories and phone lines of the office, by their labels.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class AdministrationTests(BrowserFixture browser, DemoApp app)
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [Fact]
    public async Task TheAdministratorCreatesAPaymentsSpecialistWhoThenSignsInToTheQueue()
    {
        var page = await browser.NewPageAsync(app, "admin");
        await using var closing = page.Closing();
        await page.GotoAsync("/amministrazione/utenti");
        await page.WaitForCircuitAsync();
        await Expect(Row(page, "bo.pagamenti")).ToContainTextAsync("Chiara Neri");
        await Axe.AssertNoSeriousViolationsAsync(page);
        var userName = $"bo.prova{Guid.NewGuid():N}"[..16];
        const string password = "Benvenuta!2026";

        await page.GetByLabel("Nome utente", Exact).FillAsync(userName);
        await page.GetByLabel("Nome e cognome", Exact).FillAsync("Giorgia Neri");
        await page.GetByLabel("Ruolo", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Specialista di back office" });
        await page.GetByLabel("Area", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Pagamenti" });
        await page.GetByLabel("Password iniziale", Exact).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea utente", Exact = true }).ClickAsync();

        await Expect(Status(page)).ToHaveTextAsync($"Utente {userName} creato.");
        await Expect(Row(page, userName)).ToContainTextAsync("Giorgia Neri");
        await Expect(Row(page, userName)).ToContainTextAsync("Specialista di back office");
        await Expect(Row(page, userName)).ToContainTextAsync("Pagamenti");
        await Expect(page.GetByLabel("Nome utente", Exact)).ToBeEmptyAsync();
        await page.ScreenshotAsync("amministrazione-utenti", fullPage: true);

        await using var context = await browser.NewContextAsync(app);
        var newcomer = await context.NewPageAsync();
        await newcomer.GotoAsync("/accedi");
        await newcomer.SignInAsync(userName, password);
        await Expect(newcomer).ToHaveURLAsync(QueueUrl());
        await Expect(newcomer.GetByRole(AriaRole.Heading, new() { Name = "Coda in tempo reale", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheAdministratorDisablesAUserAfterConfirmingAndTheUserCannotSignIn()
    {
        var page = await browser.NewPageAsync(app, "admin");
        await using var closing = page.Closing();
        await page.GotoAsync("/amministrazione/utenti");
        await page.WaitForCircuitAsync();
        var userName = $"sportello{Guid.NewGuid():N}"[..16];
        await page.GetByLabel("Nome utente", Exact).FillAsync(userName);
        await page.GetByLabel("Nome e cognome", Exact).FillAsync("Sara Bianchi");
        await page.GetByLabel("Ruolo", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Sportello" });
        await page.GetByLabel("Password iniziale", Exact).FillAsync("Sportello!2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea utente", Exact = true }).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync($"Utente {userName} creato.");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Modifica {userName}", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Modifica utente: Sara Bianchi" })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Disabilita {userName}", Exact = true }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Sì, disabilita", Exact = true });
        await Expect(confirm).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = $"Disabilitare {userName}? Non potrà più accedere." })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await confirm.ClickAsync();

        await Expect(Status(page)).ToHaveTextAsync($"Utenza {userName} disabilitata: non può più accedere.");
        await Expect(Row(page, userName)).ToContainTextAsync("Disabilitato");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Riabilita", Exact = true })).ToBeVisibleAsync();

        await using var context = await browser.NewContextAsync(app);
        var refused = await context.NewPageAsync();
        await refused.GotoAsync("/accedi");
        await refused.SignInAsync(userName, "Sportello!2026");
        await Expect(refused.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nome utente o password errati.");
    }

    [Fact]
    public async Task AWrongCodeIsExplainedBesideItsFieldKeepingTheFormThenTheCategoryIsCreatedAndDeactivated()
    {
        var page = await browser.NewPageAsync(app, "admin");
        await using var closing = page.Closing();
        await page.GotoAsync("/amministrazione/categorie");
        await page.WaitForCircuitAsync();
        await Expect(Row(page, "PAG")).ToContainTextAsync("Pagamenti");
        await Axe.AssertNoSeriousViolationsAsync(page);
        var code = $"PROVA_{Random.Shared.Next(100_000, 999_999)}";

        await page.GetByLabel("Codice", Exact).FillAsync("Prova!");
        await page.GetByLabel("Descrizione", Exact).FillAsync("Richiesta di prova dal browser");
        await page.GetByLabel("Area", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Legale" });
        await page.GetByLabel("Giorni lavorativi per il riscontro", Exact).FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea categoria", Exact = true }).ClickAsync();

        var codeField = page.GetByLabel("Codice", Exact);
        await Expect(codeField).ToHaveAccessibleDescriptionAsync(CodeRule());
        await Expect(page.Locator("#Code-errore")).ToHaveTextAsync(CodeRule());
        await Expect(codeField).ToHaveValueAsync("Prova!");
        await Expect(page.GetByLabel("Descrizione", Exact)).ToHaveValueAsync("Richiesta di prova dal browser");
        await Expect(page.GetByLabel("Area", Exact)).ToHaveValueAsync("Legal");
        await Expect(page.GetByLabel("Giorni lavorativi per il riscontro", Exact)).ToHaveValueAsync("7");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await codeField.FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea categoria", Exact = true }).ClickAsync();

        await Expect(Status(page)).ToHaveTextAsync($"Categoria {code} creata: si può già scegliere nelle nuove segnalazioni.");
        await Expect(Row(page, code)).ToContainTextAsync("Richiesta di prova dal browser");
        await Expect(Row(page, code)).ToContainTextAsync("Legale");
        await Expect(Row(page, code)).ToContainTextAsync("Attiva");
        await Expect(page.Locator("#Code-errore")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("amministrazione-categorie", fullPage: true);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Disattiva {code}", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sì, disattiva", Exact = true }).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync($"Categoria {code} disattivata.");
        await Expect(Row(page, code)).ToContainTextAsync("Disattivata");
    }

    [Fact]
    public async Task ALineIsAddedAndAfterConfirmationRemoved()
    {
        var page = await browser.NewPageAsync(app, "admin");
        await using var closing = page.Closing();
        await page.GotoAsync("/amministrazione/linee");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Linea 1", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Numero della linea", Exact).FillAsync("97");
        await page.GetByLabel("Nome", Exact).FillAsync("Linea di prova");
        await page.GetByLabel("Numero da chiamare (facoltativo)", Exact).FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea linea", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Numero da chiamare (facoltativo)", Exact)).ToHaveAccessibleDescriptionAsync("Il numero è troppo corto: mancano delle cifre.");

        await page.GetByLabel("Numero da chiamare (facoltativo)", Exact).FillAsync("0773 123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea linea", Exact = true }).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync("Linea 97 creata.");
        await Expect(Row(page, "Linea di prova")).ToContainTextAsync("+390773123456");
        await page.ScreenshotAsync("amministrazione-linee", fullPage: true);

        await page.GetByRole(AriaRole.Button, new() { Name = "Rimuovi Linea di prova", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sì, rimuovi", Exact = true }).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync("Linea 97 rimossa.");
        await Expect(Row(page, "Linea di prova")).ToHaveCountAsync(0);
    }

    private static ILocator Status(IPage page) => page.Locator("main").GetByRole(AriaRole.Status);

    /// <summary>The table row with a cell reading exactly <paramref name="cell"/>.</summary>
    private static ILocator Row(IPage page, string cell) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = cell, Exact = true }) });

    [GeneratedRegex(@"/coda$")]
    private static partial Regex QueueUrl();

    [GeneratedRegex("^Da 2 a 20 caratteri")]
    private static partial Regex CodeRule();
}
