using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>A specialist agrees a callback with the citizen, finds it due on the callbacks page, and logs a failed attempt.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class CallbackTests(BrowserFixture browser, DemoApp app)
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    [Fact]
    public async Task ACallbackAgreedForNowIsDueOnTheCallbacksPageAndAFailedAttemptSchedulesTheNextOne()
    {
        using var phone = await app.ApiClientFor("linea1");
        using var specialist = await app.ApiClientFor("bo.pagamenti");
        var ticket = await phone.RecordAsync("PAG", "Arretrati non pagati dopo la revisione");
        await specialist.ActAsync(ticket.Id, "take");
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        await page.GotoAsync($"/segnalazioni/{ticket.Id}");
        await page.WaitForCircuitAsync();
        var panel = page.Locator("section.callback-panel");

        // A window open now on the real clock, in hours reachable every day, whatever the day and time the test runs.
        var now = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Rome);
        var from = TimeOnly.FromDateTime(now).Hour == 0 && now.Minute == 0 ? new TimeOnly(0, 0) : TimeOnly.FromDateTime(now).AddMinutes(-1);
        var to = now.TimeOfDay > new TimeSpan(22, 58, 0) ? new TimeOnly(23, 59) : TimeOnly.FromDateTime(now).AddMinutes(60);
        await Button(page, "Concorda richiamata").ClickAsync();
        await page.GetByLabel("Giorno della richiamata").FillAsync(now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Dalle", new() { Exact = true }).FillAsync(Clock(from));
        await page.GetByLabel("Alle", new() { Exact = true }).FillAsync(Clock(to));
        // Bootstrap Italia draws the check box on its label, which takes the click.
        await page.GetByText("sabato", new() { Exact = true }).ClickAsync();
        await page.GetByText("domenica", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("domenica")).ToBeCheckedAsync();
        await page.GetByLabel("Reperibile dalle").FillAsync("00:00");
        await page.GetByLabel("Reperibile fino alle").FillAsync("23:59");
        await page.GetByLabel("Motivo della chiamata").FillAsync("Spiegare il calcolo degli arretrati.");
        await Button(page, "Salva richiamata").ClickAsync();

        await Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Richiamata concordata:");
        await Expect(panel.Locator(".badge")).ToHaveTextAsync("Da fare ora");
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Chiama il +393471234567" })).ToHaveAttributeAsync("href", "tel:+393471234567");
        await Expect(page.Locator("ol.timeline > li").First).ToHaveAttributeAsync("data-kind", "CallbackPromised");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Richiamate", Exact = true }).ClickAsync();
        await page.WaitForCircuitAsync();
        var row = page.Locator("table.callbacks tbody tr").Filter(new() { HasText = ticket.Code });
        await Expect(row).ToHaveAttributeAsync("data-timing", "due");
        await Expect(row).ToContainTextAsync("Da fare ora");
        await Expect(page.Locator(".callback-badge")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = ticket.Code }).ClickAsync();
        await page.WaitForCircuitAsync();
        await Button(page, "Registra tentativo").ClickAsync();
        await page.GetByLabel("Esito").SelectOptionAsync(new SelectOptionValue { Label = "Non risponde" });
        await page.GetByLabel("Nota sul tentativo (facoltativa)").FillAsync("Squilla a vuoto.");
        var attemptedAfter = DateTime.UtcNow;
        await Button(page, "Salva tentativo").ClickAsync();

        await Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync(NextAttempt());
        await Expect(panel.Locator("dt").Filter(new() { HasText = "Prossimo tentativo" })).ToBeVisibleAsync();
        await Expect(page.Locator("ol.timeline > li").First).ToContainTextAsync("Esito: Non risponde. Prossimo tentativo:");
        var callback = (await specialist.GetFromJsonAsync<JsonElement[]>($"api/v1/tickets/{ticket.Id}/callbacks"))![0];
        Assert.Equal(1, callback.GetProperty("failedAttempts").GetInt32());
        Assert.True(callback.GetProperty("windowStart").GetDateTime().ToUniversalTime() >= attemptedAfter.AddMinutes(60).AddSeconds(-1));
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Tentativo registrato\. Prossimo tentativo: \S+ dalle \d{1,2}:\d{2} alle \d{1,2}:\d{2}\.$")]
    private static partial Regex NextAttempt();
}
