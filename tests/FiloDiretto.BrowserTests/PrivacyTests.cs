using System.Net.Http.Json;
using System.Text.Json;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The supervisor answers a citizen's request: legal hold from the ticket, export, confirmed erasure.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PrivacyTests(BrowserFixture browser, DemoApp app)
{
    private const string Hostile = "<script>alert('x')</script><b>grassetto</b>";

    [Fact]
    public async Task TheSupervisorExportsACitizensDataAndErasesAllButTheTicketUnderLegalHold()
    {
        var fiscalCode = FiscalCodes.Unique();
        using var phone = await app.ApiClientFor("linea1");
        var erased = await phone.RecordAsync("PAG", Hostile, fiscalCode: fiscalCode, surname: "Fabbri", givenName: "Ugo");
        var held = await phone.RecordAsync("STATO", "Domanda ferma da mesi.", fiscalCode: fiscalCode, surname: "Fabbri", givenName: "Ugo");
        var page = await browser.NewPageAsync(app, "responsabile");
        await using var closing = page.Closing();

        await page.GotoAsync($"/segnalazioni/{held.Id}");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Motivo del blocco legale").FillAsync("Contenzioso in corso.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Metti sotto blocco legale" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Blocco legale disposto." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Togli il blocco legale" })).ToBeVisibleAsync();

        await page.GotoAsync("/privacy");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Diritti dell'interessato" })).ToBeVisibleAsync();
        await page.GetByLabel("Codice fiscale dell'interessato").FillAsync(fiscalCode);
        await page.GetByLabel("Numero di protocollo della richiesta").FillAsync("Prot. 2026/0815");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra i dati" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Segnalazioni trovate: 2" })).ToBeVisibleAsync();
        var ticket = page.GetByRole(AriaRole.Article, new() { Name = $"Segnalazione {erased.Code}", Exact = false });
        await Expect(ticket.GetByText(Hostile, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(ticket.GetByRole(AriaRole.Table, new() { Name = $"Cronologia della segnalazione {erased.Code}" })).ToBeVisibleAsync();
        await Expect(page.Locator("b", new() { HasText = "grassetto" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = $"Segnalazione {held.Code}", Exact = false }).GetByText("Sotto blocco legale")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync("privacy-export", fullPage: true);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Scarica i dati (JSON)" }).ClickAsync());
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        Assert.Equal(
            new[] { erased.Code, held.Code }.Order(),
            json.RootElement.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("ticket").GetProperty("code").GetString()).Order());

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancella i dati personali" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Group, new() { Name = "Confermi la cancellazione", Exact = false });
        await Expect(question).ToContainTextAsync("Segnalazioni da anonimizzare: 1. Sotto blocco legale, che resteranno invariate: 1.");
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Conferma la cancellazione" })).ToBeFocusedAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await question.GetByRole(AriaRole.Button, new() { Name = "Conferma la cancellazione" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Dati personali cancellati" })).ToContainTextAsync(erased.Code);
        await Expect(page.GetByText($"Non cancellate perché sotto blocco legale: {held.Code}.")).ToBeVisibleAsync();
        var erasedNow = await phone.GetFromJsonAsync<JsonElement>($"api/v1/tickets/{erased.Id}");
        Assert.Equal("", erasedNow.GetProperty("citizen").GetProperty("fiscalCode").GetString());
        var heldNow = await phone.GetFromJsonAsync<JsonElement>($"api/v1/tickets/{held.Id}");
        Assert.Equal(fiscalCode, heldNow.GetProperty("citizen").GetProperty("fiscalCode").GetString());
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
