using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The supervisor words the messages to citizens; the specialist sees each message on the ticket's timeline.</summary>
[Collection(BrowserSuite.Name)]
public sealed class MessagingTests(BrowserFixture browser, DemoApp app)
{
    [Fact]
    public async Task TheSupervisorPreviewsATemplateIsRefusedAHealthWordAndSavesTheCorrectedText()
    {
        var page = await browser.NewPageAsync(app, "responsabile");
        await using var closing = page.Closing();
        await page.GotoAsync("/supervisione/messaggi");
        await page.WaitForCircuitAsync();
        var text = page.GetByLabel("Testo", new() { Exact = true });
        var preview = page.GetByTestId("anteprima-testo");
        try
        {
            await page.GetByLabel("Messaggio", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Richiesta di richiamarci" });
            await page.GetByLabel("Canale", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "SMS" });
            await Expect(preview).ToContainTextAsync("richiamarci");
            await Expect(page.GetByLabel("Oggetto")).ToHaveCountAsync(0);

            await text.FillAsync("{ufficio}: segnalazione {codice}, l'esito della visita medica è pronto. Ci richiami al {telefono_ufficio}.");
            await Expect(preview).ToContainTextAsync("segnalazione LT-2026-000123, l'esito");
            await page.GetByRole(AriaRole.Button, new() { Name = "Salva il modello" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Modello non salvato");
            await Expect(page.Locator("#body-errore")).ToContainTextAsync("\"visita medica\"");
            await Expect(text).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("visita medica"));
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.ScreenshotAsync("messaggi-parola-sanitaria");

            await text.FillAsync("{ufficio}: abbiamo una risposta per la segnalazione {codice}. Ci richiami al {telefono_ufficio}, grazie.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Salva il modello" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Modello salvato" })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("origine")).ToContainTextAsync("Anna Valente");
            await Expect(page.Locator("#body-errore")).ToHaveCountAsync(0);
            await page.ReloadAsync();
            await page.WaitForCircuitAsync();
            await page.GetByLabel("Messaggio", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Richiesta di richiamarci" });
            await page.GetByLabel("Canale", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "SMS" });
            await Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("abbiamo una risposta"));
        }
        finally
        {
            if (await page.GetByRole(AriaRole.Button, new() { Name = "Torna al testo predefinito" }).IsVisibleAsync())
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Torna al testo predefinito" }).ClickAsync();
                await Expect(page.GetByTestId("origine")).ToContainTextAsync("Testo predefinito");
            }
        }
    }

    [Fact]
    public async Task TheTimelineSaysAMessageWasNotSentWithoutConsentAndShowsTheOneQueuedWithConsent()
    {
        using var phone = await app.ApiClientFor("linea1");
        var withheld = await RecordAsync(phone, consent: false);
        var written = await RecordAsync(phone, consent: true);
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();

        await page.GotoAsync($"/segnalazioni/{withheld}");
        await page.WaitForCircuitAsync();
        var entry = page.Locator("li[data-kind=Message]");
        await Expect(entry).ToContainTextAsync("Messaggio al cittadino: Segnalazione ricevuta");
        await Expect(entry).ToContainTextAsync("il cittadino non ha dato il consenso ai messaggi scritti");
        await Expect(page.GetByText("Nessun consenso: nessuna e-mail né SMS")).ToBeVisibleAsync();

        await page.GotoAsync($"/segnalazioni/{written}");
        await page.WaitForCircuitAsync();
        await Expect(entry).ToContainTextAsync("E-mail a m***@example.it");
        await Expect(page.GetByText("Consenso dato il")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync("messaggi-cronologia");
    }

    private static async Task<long> RecordAsync(HttpClient phone, bool consent)
    {
        using var response = await phone.PostAsJsonAsync("api/v1/tickets", new
        {
            citizen = new
            {
                fiscalCode = "RSSMRA68A01H501Y",
                surname = "Rossi",
                givenName = "Mario",
                phone = "3471234567",
                email = "mario.rossi@example.it",
                preferredChannel = "email",
                writtenConsent = consent,
            },
            category = "PAG",
            description = "Pagamento non arrivato.",
            channel = "phone",
            line = 1,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
