using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The phone operator's screen: a call recorded from the keyboard, a wrong code explained, a repeat call appended.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class IntakeTests(BrowserFixture browser, DemoApp app)
{
    [Fact]
    public async Task LineOneRecordsACallFromTheKeyboardAlone()
    {
        var page = await OpenAsync("linea1");
        await using var closing = page.Closing();
        var form = new IntakeForm(page);
        var code = FiscalCodes.Unique(birthplace: "Z330");

        await Expect(form.FiscalCode).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Linea 1" })).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Linea 1" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Linea 2" })).ToBeCheckedAsync();
        await TabToAsync(page, form.FiscalCode);
        await form.FiscalCode.FillAsync(code.ToLowerInvariant());
        await Expect(page.Locator(".identity")).ToContainTextAsync("Marocco");
        await Expect(page.GetByText("Nessuna segnalazione per questo codice fiscale")).ToBeVisibleAsync();

        await TabToAsync(page, form.Surname);
        await form.Surname.FillAsync("Verdi");
        await TabToAsync(page, form.GivenName);
        await form.GivenName.FillAsync("Giulia");
        await TabToAsync(page, form.Caller);
        await form.Caller.SelectOptionAsync(new SelectOptionValue { Label = "Familiare" });
        await TabToAsync(page, form.Phone);
        await form.Phone.FillAsync("347 765 4321");
        await TabToAsync(page, form.Email);
        await TabToAsync(page, form.PreferredChannel);
        await TabToAsync(page, form.WrittenConsent);
        await TabToAsync(page, form.Category);
        await page.Keyboard.TypeAsync("verbale non");
        await Expect(form.Category).ToHaveAttributeAsync("aria-expanded", "true");
        var active = page.GetByRole(AriaRole.Listbox, new() { Name = "Categoria" }).GetByRole(AriaRole.Option, new() { Selected = true });
        await Expect(active).ToContainTextAsync("VERB_NR");
        await Expect(form.Category).ToHaveAttributeAsync("aria-activedescendant", (await active.GetAttributeAsync("id"))!);
        await page.Keyboard.PressAsync("Enter");
        await Expect(form.Category).ToHaveValueAsync("VERB_NR — Verbale non ricevuto / duplicato");
        await Expect(form.Category).ToHaveAttributeAsync("aria-expanded", "false");
        await TabToAsync(page, form.ApplicationNumber);
        await form.ApplicationNumber.FillAsync("INV/2026/123");
        await TabToAsync(page, form.Description);
        await form.Description.FillAsync("Il verbale della visita di marzo non è mai arrivato.");
        await TabToAsync(page, form.Urgent);
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Control+Enter");

        var ticketCode = page.GetByTestId("ticket-code");
        await Expect(ticketCode).ToHaveTextAsync(TicketCode());
        var recorded = await ticketCode.InnerTextAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(recorded);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Riscontro previsto entro il");
        await Expect(form.FiscalCode).ToBeFocusedAsync();
        await Expect(form.FiscalCode).ToHaveValueAsync("");
        await Expect(form.Surname).ToHaveValueAsync("");
        await page.ScreenshotAsync("chiamata-conferma", fullPage: true);

        using var api = await app.ApiClientFor("linea1");
        var ticket = await TicketAsync(api, await IdOfAsync(api, recorded));
        var citizen = ticket.GetProperty("citizen");
        Assert.Equal((code, "Verdi", "Giulia", "+393477654321"),
            (citizen.GetProperty("fiscalCode").GetString(), citizen.GetProperty("surname").GetString(),
             citizen.GetProperty("givenName").GetString(), citizen.GetProperty("phone").GetString()));
        Assert.Equal(("VERB_NR", "INV/2026/123", "Il verbale della visita di marzo non è mai arrivato."),
            (ticket.GetProperty("category").GetString(), ticket.GetProperty("applicationNumber").GetString(), ticket.GetProperty("description").GetString()));
        Assert.Equal(("phone", 2, "relative", "urgent"),
            (ticket.GetProperty("channel").GetString(), ticket.GetProperty("line").GetInt32(),
             ticket.GetProperty("caller").GetString(), ticket.GetProperty("priority").GetString()));

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Linea 2" })).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Linea 1" })).ToBeCheckedAsync();
    }

    [Fact]
    public async Task AWrongCheckCharacterIsExplainedAndASubmissionLosesNothingTyped()
    {
        var page = await OpenAsync("linea2");
        await using var closing = page.Closing();
        var form = new IntakeForm(page);
        var code = FiscalCodes.Unique();
        var wrong = FiscalCodes.WithWrongCheckCharacter(code);

        await form.FiscalCode.FillAsync(wrong);
        var reason = $"Il carattere di controllo è errato: atteso {code[15]}, trovato {wrong[15]}.";
        await Expect(form.FiscalCode).ToHaveAccessibleDescriptionAsync(reason);
        await Expect(form.FiscalCode).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".identity")).ToHaveCountAsync(0);

        await form.Surname.FillAsync("Bianchi");
        await form.GivenName.FillAsync("Anna");
        await form.Phone.FillAsync("0773 123456");
        await form.Description.FillAsync("Chiede a che punto è la domanda.");
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(form.FiscalCode).ToBeFocusedAsync();
        await Expect(form.FiscalCode).ToHaveAccessibleDescriptionAsync(reason);
        await Expect(form.Category).ToHaveAccessibleDescriptionAsync("Campo obbligatorio.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Alcuni dati sono da correggere (2).");
        await Expect(page.GetByTestId("ticket-code")).ToHaveCountAsync(0);
        await Expect(form.FiscalCode).ToHaveValueAsync(wrong);
        await Expect(form.Surname).ToHaveValueAsync("Bianchi");
        await Expect(form.GivenName).ToHaveValueAsync("Anna");
        await Expect(form.Phone).ToHaveValueAsync("0773 123456");
        await Expect(form.Description).ToHaveValueAsync("Chiede a che punto è la domanda.");
    }

    [Fact]
    public async Task EnterInTheCategoryNeverSubmitsTheFormEvenBeforeTheListOpens()
    {
        var page = await OpenAsync("linea2");
        await using var closing = page.Closing();
        var form = new IntakeForm(page);
        await page.EvaluateAsync("() => { window.submits = 0; document.getElementById('category').form.addEventListener('submit', () => window.submits++); }");

        await form.Category.FocusAsync();
        await page.Keyboard.TypeAsync("PAG");
        await Expect(form.Category).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Escape");
        await Expect(form.Category).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, form.ApplicationNumber);
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Alcuni dati sono da correggere");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.submits"));
    }

    [Fact]
    public async Task AKnownCallerSeesWhereTheirTicketsStandAndAltOneAppendsTheCallInsteadOfANewTicket()
    {
        var code = FiscalCodes.Unique();
        using var phone = await app.ApiClientFor("linea1");
        using var payments = await app.ApiClientFor("bo.pagamenti");
        var resolved = await RecordAsync(phone, code, "PAG", "Pagamento di marzo non arrivato");
        await PostAsync(payments, $"api/v1/tickets/{resolved.Id}/take", new { });
        await PostAsync(payments, $"api/v1/tickets/{resolved.Id}/resolve", new { feedback = "Pagamento disposto il 15 aprile, in arrivo a fine mese." });
        var open = await RecordAsync(phone, code, "VAR", "Cambio dell'IBAN per il nuovo conto");
        await PostAsync(payments, $"api/v1/tickets/{open.Id}/take", new { });

        var page = await OpenAsync("linea1");
        await using var closing = page.Closing();
        var form = new IntakeForm(page);
        await form.FiscalCode.FillAsync(code);

        var openItem = page.Locator($"[data-code='{open.Code}']");
        var resolvedItem = page.Locator($"[data-code='{resolved.Code}']");
        await Expect(openItem).ToContainTextAsync("In lavorazione");
        await Expect(openItem).ToContainTextAsync("Chiara Neri");
        await Expect(openItem).ToContainTextAsync("Nessun riscontro ancora");
        await Expect(resolvedItem).ToContainTextAsync("Risolta");
        await Expect(resolvedItem).ToContainTextAsync("Pagamento disposto il 15 aprile, in arrivo a fine mese.");
        await Expect(resolvedItem.GetByRole(AriaRole.Button, new() { Name = "Riapri con questa chiamata" })).ToHaveAttributeAsync("aria-keyshortcuts", "Alt+2");
        var append = openItem.GetByRole(AriaRole.Button, new() { Name = "Aggiungi questa chiamata" });
        await Expect(append).ToHaveAttributeAsync("aria-keyshortcuts", "Alt+1");
        await Expect(append).ToContainTextAsync("Alt+1");
        await Expect(form.Surname).ToHaveValueAsync("Marrone");
        await Expect(form.Phone).ToHaveValueAsync("+393401112233");

        await form.Description.FillAsync("Richiama: il pagamento arriva sul vecchio conto?");
        await page.ScreenshotAsync("chiamata", fullPage: true);
        await page.Keyboard.PressAsync("Alt+1");

        await Expect(page.GetByTestId("ticket-code")).ToHaveTextAsync(open.Code);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Chiamata aggiunta alla segnalazione");
        await Expect(form.FiscalCode).ToBeFocusedAsync();
        await Expect(form.FiscalCode).ToHaveValueAsync("");
        await Expect(form.Description).ToHaveValueAsync("");

        var after = await TicketAsync(phone, open.Id);
        Assert.Equal(1, after.GetProperty("repeatCalls").GetInt32());
        var call = after.GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "RepeatCall");
        Assert.Equal("Richiama: il pagamento arriva sul vecchio conto?", call.GetProperty("text").GetString());
        using var list = await phone.GetAsync(new Uri($"api/v1/tickets?fiscalCode={code}", UriKind.Relative));
        var items = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
        Assert.Equal([open.Code, resolved.Code], items.EnumerateArray().Select(t => t.GetProperty("code").GetString()).Order().Reverse());
    }

    [Fact]
    public async Task APatronatoClerkFilesAsThePatronatoOnItsOwnChannelWithoutALine()
    {
        var page = await OpenAsync("inca");
        await using var closing = page.Closing();
        var form = new IntakeForm(page);
        var code = FiscalCodes.Unique();

        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Linea in uso" })).ToHaveCountAsync(0);
        await Expect(form.Caller).ToHaveValueAsync("Patronato");
        await form.FiscalCode.FillAsync(code);
        await form.Surname.FillAsync("Neri");
        await form.GivenName.FillAsync("Paolo");
        await form.Phone.FillAsync("06 1234567");
        await form.Category.FillAsync("ap70");
        await page.Keyboard.PressAsync("Tab");
        await Expect(form.Category).ToHaveValueAsync("AP70 — Dati socio-economici (AP70) mancanti o non inviati");
        await form.Description.FillAsync("Il modello AP70 risulta non inviato.");
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.GetByTestId("ticket-code")).ToHaveTextAsync(TicketCode());
        using var api = await app.ApiClientFor("inca");
        var ticket = await TicketAsync(api, await IdOfAsync(api, await page.GetByTestId("ticket-code").InnerTextAsync()));
        Assert.Equal(("patronato", "patronato", "AP70"),
            (ticket.GetProperty("channel").GetString(), ticket.GetProperty("caller").GetString(), ticket.GetProperty("category").GetString()));
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("line").ValueKind);
    }

    [Fact]
    public async Task TheEmptyFormTheCallersTicketsAndTheOpenCategoryListHaveNoSeriousOrCriticalViolations()
    {
        var code = FiscalCodes.Unique();
        using var phone = await app.ApiClientFor("linea2");
        var ticket = await RecordAsync(phone, code, "STATO", "Vuole sapere a che punto è la domanda");

        var page = await OpenAsync("linea2");
        await using var closing = page.Closing();
        var form = new IntakeForm(page);
        var found = new List<string>(await Axe.SeriousViolationsAsync(page));

        await form.FiscalCode.FillAsync(code);
        await Expect(page.Locator($"[data-code='{ticket.Code}']")).ToBeVisibleAsync();
        found.AddRange(await Axe.SeriousViolationsAsync(page));

        await form.Category.FillAsync("visita");
        await Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        found.AddRange(await Axe.SeriousViolationsAsync(page));

        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
    }

    private async Task<IPage> OpenAsync(string user)
    {
        var page = await browser.NewPageAsync(app, user);
        await page.GotoAsync("/chiamata");
        await page.WaitForCircuitAsync();
        return page;
    }

    private static async Task TabToAsync(IPage page, ILocator next)
    {
        await page.Keyboard.PressAsync("Tab");
        await Expect(next).ToBeFocusedAsync();
    }

    private static Task<RecordedTicket> RecordAsync(HttpClient phone, string code, string category, string description) =>
        phone.RecordAsync(category, description, fiscalCode: code, surname: "Marrone", givenName: "Luca", phone: "340 111 2233");

    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<JsonElement> TicketAsync(HttpClient client, long id) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/tickets/{id}", UriKind.Relative));

    private static async Task<long> IdOfAsync(HttpClient client, string code)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/tickets?q={code}", UriKind.Relative));
        return page.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt64();
    }

    [GeneratedRegex(@"^LT-\d{4}-\d{6}$")]
    private static partial Regex TicketCode();

    /// <summary>The intake's controls by their accessible names.</summary>
    private sealed class IntakeForm(IPage page)
    {
        public ILocator FiscalCode { get; } = page.GetByLabel("Codice fiscale", new() { Exact = true });
        public ILocator Surname { get; } = page.GetByLabel("Cognome", new() { Exact = true });
        public ILocator GivenName { get; } = page.GetByLabel("Nome", new() { Exact = true });
        public ILocator Caller { get; } = page.GetByLabel("Chi chiama", new() { Exact = true });
        public ILocator Phone { get; } = page.GetByLabel("Telefono", new() { Exact = true });
        public ILocator Email { get; } = page.GetByLabel("E-mail", new() { Exact = true });
        public ILocator PreferredChannel { get; } = page.GetByLabel("Canale preferito per i contatti", new() { Exact = true });
        public ILocator WrittenConsent { get; } = page.GetByLabel("Acconsente a ricevere e-mail o SMS sulla segnalazione", new() { Exact = true });
        public ILocator Category { get; } = page.GetByRole(AriaRole.Combobox, new() { Name = "Categoria", Exact = true });
        public ILocator ApplicationNumber { get; } = page.GetByLabel("Numero di domanda", new() { Exact = true });
        public ILocator Description { get; } = page.GetByLabel("Descrizione del problema", new() { Exact = true });
        public ILocator Urgent { get; } = page.GetByLabel("Urgente", new() { Exact = true });
    }
}
