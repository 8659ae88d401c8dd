using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The ticket workspace: one specialist works one ticket, live, and never acts blindly on a view someone else changed.</summary>
[Collection(BrowserSuite.Name)]
public sealed class WorkspaceTests(BrowserFixture browser, DemoApp app)
{
    private const string FiscalCode = "RSSMRA68A01H501Y";
    private static readonly LocatorAssertionsToHaveTextOptions WithinTwoSeconds = new() { Timeout = 2_000 };

    [Fact]
    public async Task ASpecialistTakesTheTicketCallsTheCitizenAsksForDocumentsAndResolvesItStepByStep()
    {
        var (id, code) = await RecordAsync("Pagamento di marzo non arrivato");
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        await page.GotoAsync($"/segnalazioni/{id}");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Segnalazione {code}");
        await Expect(Fact(page, "status")).ToHaveTextAsync("Stato: Nuova");

        await Button(page, "Prendi in carico").ClickAsync();
        await Expect(Fact(page, "status")).ToHaveTextAsync("Stato: In lavorazione");
        await Expect(Fact(page, "holder")).ToHaveTextAsync("Chiara Neri");
        await Expect(Newest(page)).ToHaveAttributeAsync("data-kind", "TakenInCharge");

        await Button(page, "Registra contatto").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Chiama +393471234567" })).ToHaveAttributeAsync("href", "tel:+393471234567");
        await page.GetByLabel("Esito").SelectOptionAsync(new SelectOptionValue { Label = "Raggiunto" });
        await page.GetByLabel("Nota sul contatto (facoltativa)").FillAsync("Il cittadino conferma il problema.");
        await Button(page, "Salva il contatto").ClickAsync();
        await Expect(Newest(page)).ToHaveAttributeAsync("data-kind", "ContactAttempt");
        await Expect(Newest(page)).ToContainTextAsync("Canale: Telefono. Esito: Raggiunto.");
        await Expect(Newest(page)).ToContainTextAsync("Il cittadino conferma il problema.");

        await Button(page, "Chiedi documenti o chiarimenti").ClickAsync();
        await page.GetByLabel("Che cosa si chiede al cittadino").FillAsync("Inviare il nuovo IBAN.");
        await Button(page, "Registra la richiesta").ClickAsync();
        await Expect(Fact(page, "status")).ToHaveTextAsync("Stato: In attesa del cittadino");
        await Expect(Newest(page)).ToContainTextAsync("Richiesto al cittadino: Inviare il nuovo IBAN.");

        await Button(page, "Dai riscontro e risolvi").ClickAsync();
        await Button(page, "Risolvi con questo riscontro").ClickAsync();
        await Expect(page.Locator("#campo-feedback-errore")).ToHaveTextAsync("Campo obbligatorio.");
        await Expect(page.GetByLabel("Riscontro dato al cittadino")).ToHaveAttributeAsync("aria-describedby", "campo-feedback-errore");
        await page.GetByLabel("Riscontro dato al cittadino").FillAsync("Pagamento disposto sul nuovo IBAN dal 1° maggio.");
        await Button(page, "Risolvi con questo riscontro").ClickAsync();
        await Expect(Fact(page, "status")).ToHaveTextAsync("Stato: Risolta");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "segnalazione risolta" })).ToHaveCountAsync(1);

        Assert.Equal(
            ["Resolved", "AwaitingCitizen", "ContactAttempt", "TakenInCharge", "Created"],
            await page.Locator("ol.timeline > li:not([data-kind=Message])").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)"));
        var ticket = await GetAsync("bo.pagamenti", id);
        Assert.Equal("Resolved", ticket.GetProperty("status").GetString());
        Assert.Equal("Pagamento disposto sul nuovo IBAN dal 1° maggio.", ticket.GetProperty("feedback").GetString());
    }

    [Fact]
    public async Task TheOtherScreenShowsTheNewHolderLiveAndAnActionFromTheOlderViewWaitsForAConfirmation()
    {
        var (id, _) = await RecordAsync("Arretrati non pagati");
        var pages = await Task.WhenAll(browser.NewPageAsync(app, "bo.pagamenti"), browser.NewPageAsync(app, "responsabile"));
        var (chiara, anna) = (pages[0], pages[1]);
        await using var closingChiara = chiara.Closing();
        await using var closingAnna = anna.Closing();
        await Task.WhenAll(chiara.GotoAsync($"/segnalazioni/{id}"), anna.GotoAsync($"/segnalazioni/{id}"));
        await Task.WhenAll(chiara.WaitForCircuitAsync(), anna.WaitForCircuitAsync());
        await anna.MarkWindowAsync();
        await Button(anna, "Aggiungi nota").ClickAsync();
        await anna.GetByLabel("Testo della nota").FillAsync("Sollecitare la sede regionale.");

        await Button(chiara, "Prendi in carico").ClickAsync();

        await Expect(Fact(anna, "holder")).ToHaveTextAsync("Chiara Neri", WithinTwoSeconds);
        await Expect(anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "Presa in carico: aggiornata da Chiara Neri alle" })).ToHaveCountAsync(1);
        await Expect(anna.GetByText("Chiara Neri ha modificato la segnalazione alle")).ToBeVisibleAsync();
        Assert.True(await anna.WindowStillMarkedAsync(), "The supervisor's page was reloaded.");

        await Button(anna, "Salva la nota").ClickAsync();

        await Expect(anna.GetByRole(AriaRole.Alert).Filter(new() { HasText = "La segnalazione è stata modificata da Chiara Neri alle" })).ToBeVisibleAsync();
        await Expect(anna.GetByLabel("Testo della nota")).ToHaveValueAsync("Sollecitare la sede regionale.");
        Assert.DoesNotContain("Note", await KindsAsync("responsabile", id));
        await Axe.AssertNoSeriousViolationsAsync(anna);

        await Button(anna, "Conferma e procedi").ClickAsync();

        await Expect(Newest(anna)).ToHaveAttributeAsync("data-kind", "Note");
        await Expect(Newest(anna)).ToContainTextAsync("Sollecitare la sede regionale.");
        Assert.Equal(["Created", "TakenInCharge", "Note"], await KindsAsync("responsabile", id));
    }

    [Fact]
    public async Task TheFiscalCodeIsMaskedUntilTheSpecialistAsksToSeeIt()
    {
        var (id, _) = await RecordAsync("Cambio IBAN");
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        await page.GotoAsync($"/segnalazioni/{id}");
        await page.WaitForCircuitAsync();

        await Expect(Fact(page, "fiscal-code")).ToContainTextAsync("RSS************Y");
        Assert.DoesNotContain(FiscalCode, await page.ContentAsync(), StringComparison.Ordinal);

        await Button(page, "Mostra codice fiscale").ClickAsync();

        await Expect(Fact(page, "fiscal-code")).ToHaveTextAsync(FiscalCode);
        await Expect(Button(page, "Nascondi codice fiscale")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ATicketThatDoesNotExistAndOneOfAnotherOrganisationLookTheSame()
    {
        var (id, code) = await RecordAsync("Verbale non ricevuto");
        var specialist = await browser.NewPageAsync(app, "bo.pagamenti");
        var patronato = await browser.NewPageAsync(app, "inca");
        await using var closingSpecialist = specialist.Closing();
        await using var closingPatronato = patronato.Closing();

        await specialist.GotoAsync("/segnalazioni/999999999");
        await patronato.GotoAsync($"/segnalazioni/{id}");

        foreach (var page in new[] { specialist, patronato })
        {
            await page.WaitForCircuitAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Segnalazione non trovata");
            await Expect(page.GetByText("La segnalazione non esiste o non è tra quelle che puoi consultare.")).ToBeVisibleAsync();
        }

        Assert.DoesNotContain(code, await patronato.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWorkspaceHasNoSeriousViolationsNewOrInProgressWithAFormOpen()
    {
        var (id, _) = await RecordAsync("Pagamento sospeso dopo il ricovero", applicationNumber: "INV20260042", email: "mario.rossi@example.it");
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        await page.GotoAsync($"/segnalazioni/{id}");
        await page.WaitForCircuitAsync();
        await Expect(Fact(page, "status")).ToHaveTextAsync("Stato: Nuova");
        var found = new List<string>(await Axe.SeriousViolationsAsync(page));

        await Button(page, "Prendi in carico").ClickAsync();
        await Button(page, "Registra contatto").ClickAsync();
        await page.GetByLabel("Esito").SelectOptionAsync(new SelectOptionValue { Label = "Non risponde" });
        await Button(page, "Salva il contatto").ClickAsync();
        await Expect(Newest(page)).ToHaveAttributeAsync("data-kind", "ContactAttempt");
        await Button(page, "Registra contatto").ClickAsync();
        await page.GetByLabel("Nota sul contatto (facoltativa)").FillAsync("Secondo tentativo, in mattinata.");
        await page.ScreenshotAsync("segnalazione", fullPage: true);
        await Button(page, "Salva il contatto").ClickAsync();
        await Expect(page.Locator("#campo-outcome-errore")).ToContainTextAsync("Campo obbligatorio");
        await Expect(page.GetByLabel("Nota sul contatto (facoltativa)")).ToHaveValueAsync("Secondo tentativo, in mattinata.");
        found.AddRange(await Axe.SeriousViolationsAsync(page));

        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Fact(IPage page, string name) => page.Locator($"[data-fact='{name}']");

    private static ILocator Newest(IPage page) => page.Locator("ol.timeline > li:not([data-kind=Message])").First;

    private async Task<RecordedTicket> RecordAsync(string description, string? applicationNumber = null, string? email = null)
    {
        using var phone = await app.ApiClientFor("linea1");
        return await phone.RecordAsync("PAG", description, fiscalCode: FiscalCode, email: email, applicationNumber: applicationNumber);
    }

    private async Task<JsonElement> GetAsync(string userName, long id)
    {
        using var client = await app.ApiClientFor(userName);
        return await client.GetFromJsonAsync<JsonElement>($"api/v1/tickets/{id}");
    }

    private async Task<List<string>> KindsAsync(string userName, long id) =>
        [.. (await GetAsync(userName, id)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];
}
