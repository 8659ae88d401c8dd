using System.Net;
using System.Net.Http.Json;
using FiloDiretto.BrowserTests.Infrastructure;
using FiloDiretto.Demo;
using FiloDiretto.Telephony;

namespace FiloDiretto.BrowserTests;

/// <summary>The telephone system answers a call for linea1: linea1's screen, and only hers, shows who is calling; the call log links the ticket.</summary>
[Collection(BrowserSuite.Name)]
public sealed class TelephonyTests(BrowserFixture browser, DemoApp app)
{
    [Fact]
    public async Task AnAnsweredCallPopsUpOnTheAnsweringOperatorsIntakeOnlyAndTheTicketRecordedLinksTheCall()
    {
        var fiscalCode = FiscalCodes.Unique();
        var mobile = $"347{Random.Shared.Next(1_000_000, 9_999_999)}";
        RecordedTicket earlier;
        using (var office = await app.ApiClientFor("linea2"))
        {
            earlier = await office.RecordAsync("PAG", "Pagamento di marzo non arrivato.", fiscalCode: fiscalCode, surname: "Lombardi", givenName: "Teresa", phone: mobile);
        }

        var linea1 = await OpenIntakeAsync("linea1");
        await using var closing1 = linea1.Closing();
        var linea2 = await OpenIntakeAsync("linea2");
        await using var closing2 = linea2.Closing();

        var callId = $"sim-{Guid.NewGuid():N}";
        var ring = DateTimeOffset.UtcNow;
        await PostAsync(new { @event = "newCall", callId, at = ring, from = $"+39{mobile}", to = "+390773000001", direction = "inbound", line = 1 });
        await PostAsync(new { @event = "answer", callId, at = ring.AddSeconds(4), user = "linea1" });

        var popup = linea1.GetByTestId("caller-popup");
        await Expect(popup).ToContainTextAsync("Cittadino riconosciuto: Teresa Lombardi");
        await Expect(linea1.GetByRole(AriaRole.Heading, new() { Name = $"Chiamata in corso da +39{mobile}" })).ToBeVisibleAsync();
        await Expect(linea1.GetByLabel("Codice fiscale", new() { Exact = true })).ToHaveValueAsync(fiscalCode);
        await Expect(linea1.GetByLabel("Cognome", new() { Exact = true })).ToHaveValueAsync("Lombardi");
        await Expect(linea1.GetByLabel("Telefono", new() { Exact = true })).ToHaveValueAsync($"+39{mobile}");
        await Expect(linea1.Locator($"[data-code='{earlier.Code}']")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(linea1);

        await Expect(linea2.GetByTestId("caller-popup")).ToHaveCountAsync(0);
        await Expect(linea2.GetByLabel("Codice fiscale", new() { Exact = true })).ToHaveValueAsync("");

        var category = linea1.GetByRole(AriaRole.Combobox, new() { Name = "Categoria", Exact = true });
        await category.FillAsync("verbale non");
        await linea1.Keyboard.PressAsync("Enter");
        await linea1.GetByLabel("Descrizione del problema", new() { Exact = true }).FillAsync("Chiede del verbale della visita.");
        await linea1.GetByRole(AriaRole.Button, new() { Name = "Registra" }).ClickAsync();
        var code = await linea1.GetByTestId("ticket-code").InnerTextAsync();
        await Expect(popup).ToHaveCountAsync(0);

        var supervisor = await browser.NewPageAsync(app, "responsabile");
        await using var closing3 = supervisor.Closing();
        await supervisor.GotoAsync("/chiamate");
        await supervisor.WaitForCircuitAsync();
        var row = supervisor.GetByRole(AriaRole.Row).Filter(new() { Has = supervisor.GetByRole(AriaRole.Link, new() { Name = code }) });
        await Expect(row).ToContainTextAsync("Giulia Ferri (linea 1)");
        await Expect(row).ToContainTextAsync($"Numero nascosto che finisce con {mobile[^3..]}");
        await Expect(row).Not.ToContainTextAsync(mobile);
        await row.GetByRole(AriaRole.Button, new() { Name = "Mostra" }).ClickAsync();
        await Expect(row).ToContainTextAsync($"+39{mobile}");
        await Axe.AssertNoSeriousViolationsAsync(supervisor);
    }

    private async Task<IPage> OpenIntakeAsync(string user)
    {
        var page = await browser.NewPageAsync(app, user);
        await page.GotoAsync("/chiamata");
        await page.WaitForCircuitAsync();
        return page;
    }

    private async Task PostAsync(object body)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl + "/") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/telephony/events") { Content = JsonContent.Create(body) };
        request.Headers.Add(CtiKeys.Header, DemoMode.CtiDemoSecret);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
