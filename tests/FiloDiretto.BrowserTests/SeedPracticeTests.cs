using System.Net.Http.Json;
using System.Text.Json;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>
/// The practice of Latina end to end, two people in two browsers: the line records, the back office sees it at once,
/// works it and gives feedback; the citizen's next call finds that feedback and goes onto the same ticket.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SeedPracticeTests(BrowserFixture browser, DemoApp app)
{
    private const int TwoSeconds = 2_000;

    [Fact]
    public async Task TheLineRecordsTheBackOfficeAnswersAndTheRepeatCallReopensTheSameTicket()
    {
        var fiscalCode = FiscalCodes.Unique();
        var pages = await Task.WhenAll(browser.NewPageAsync(app, "linea1"), browser.NewPageAsync(app, "bo.pagamenti"));
        var (line, backOffice) = (pages[0], pages[1]);
        await using var closingLine = line.Closing();
        await using var closingBackOffice = backOffice.Closing();
        await backOffice.GotoAsync("/coda");
        await backOffice.WaitForCircuitAsync();
        await backOffice.MarkWindowAsync();
        await line.GotoAsync("/chiamata");
        await line.WaitForCircuitAsync();

        // The call, from the keyboard alone: the fiscal code field has the focus, Tab walks the conversation.
        await Expect(line.GetByLabel("Codice fiscale", new() { Exact = true })).ToBeFocusedAsync();
        await line.Keyboard.TypeAsync(fiscalCode);
        await Expect(line.GetByText("Nessuna segnalazione per questo codice fiscale")).ToBeVisibleAsync();
        await TypeAfterTabAsync(line, "Cognome", "Ferri");
        await TypeAfterTabAsync(line, "Nome", "Carla");
        await TabToAsync(line, line.GetByLabel("Chi chiama", new() { Exact = true }));
        await TypeAfterTabAsync(line, "Telefono", "347 555 0101");
        await TabToAsync(line, line.GetByLabel("E-mail", new() { Exact = true }));
        await TabToAsync(line, line.GetByLabel("Canale preferito per i contatti", new() { Exact = true }));
        await TabToAsync(line, line.GetByLabel("Acconsente a ricevere e-mail o SMS sulla segnalazione", new() { Exact = true }));
        await TabToAsync(line, line.GetByRole(AriaRole.Combobox, new() { Name = "Categoria", Exact = true }));
        await line.Keyboard.TypeAsync("pagamento non arrivato");
        await line.Keyboard.PressAsync("Enter");
        await Expect(line.GetByRole(AriaRole.Combobox, new() { Name = "Categoria", Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^PAG — "));
        await TabToAsync(line, line.GetByLabel("Numero di domanda", new() { Exact = true }));
        await TypeAfterTabAsync(line, "Descrizione del problema", "La rata di aprile non è arrivata.");
        await line.Keyboard.PressAsync("Control+Enter");
        var code = await line.GetByTestId("ticket-code").InnerTextAsync();
        Assert.Matches(@"^LT-\d{4}-\d{6}$", code);

        // The back office sees it at once, unasked, and works it.
        var row = backOffice.Row(code);
        await Expect(row).ToBeVisibleAsync(new() { Timeout = TwoSeconds });
        Assert.True(await backOffice.WindowStillMarkedAsync(), "The queue was reloaded.");
        await row.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Expect(backOffice.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Segnalazione {code}");
        await backOffice.WaitForCircuitAsync();
        await Button(backOffice, "Prendi in carico").ClickAsync();
        await Expect(Fact(backOffice, "holder")).ToHaveTextAsync("Chiara Neri");
        await Button(backOffice, "Registra contatto").ClickAsync();
        await backOffice.GetByLabel("Esito").SelectOptionAsync(new SelectOptionValue { Label = "Raggiunto" });
        await Button(backOffice, "Salva il contatto").ClickAsync();
        await Expect(backOffice.Locator("ol.timeline > li:not([data-kind=Message])").First).ToHaveAttributeAsync("data-kind", "ContactAttempt");
        await Button(backOffice, "Dai riscontro e risolvi").ClickAsync();
        const string feedback = "Rata di aprile pagata il 20 maggio con gli arretrati.";
        await backOffice.GetByLabel("Riscontro dato al cittadino").FillAsync(feedback);
        await Button(backOffice, "Risolvi con questo riscontro").ClickAsync();
        await Expect(Fact(backOffice, "status")).ToHaveTextAsync("Stato: Risolta");

        // The citizen calls again: the line finds the feedback to read out, and the call goes onto the same ticket.
        await Expect(line.GetByLabel("Codice fiscale", new() { Exact = true })).ToBeFocusedAsync();
        await line.Keyboard.TypeAsync(fiscalCode);
        var known = line.Locator($"[data-code='{code}']");
        await Expect(known).ToContainTextAsync("Risolta");
        await Expect(known).ToContainTextAsync(feedback);
        await line.GetByLabel("Descrizione del problema", new() { Exact = true }).FillAsync("Gli arretrati non risultano sul conto.");
        await line.Keyboard.PressAsync("Alt+1");
        await Expect(line.GetByTestId("ticket-code")).ToHaveTextAsync(code);

        // The specialist's open workspace follows, live.
        await Expect(Fact(backOffice, "status")).ToHaveTextAsync("Stato: Riaperta", new() { Timeout = TwoSeconds });
        using var api = await app.ApiClientFor("linea1");
        var page = await api.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/tickets?fiscalCode={fiscalCode}", UriKind.Relative));
        var ticket = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal((code, "Reopened", 1), (ticket.GetProperty("code").GetString(), ticket.GetProperty("status").GetString(), ticket.GetProperty("repeatCalls").GetInt32()));
    }

    private static async Task TabToAsync(IPage page, ILocator next)
    {
        await page.Keyboard.PressAsync("Tab");
        await Expect(next).ToBeFocusedAsync();
    }

    private static async Task TypeAfterTabAsync(IPage page, string label, string text)
    {
        await TabToAsync(page, page.GetByLabel(label, new() { Exact = true }));
        await page.Keyboard.TypeAsync(text);
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Fact(IPage page, string name) => page.Locator($"[data-fact='{name}']");
}
