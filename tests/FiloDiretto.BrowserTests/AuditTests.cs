using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The access log seen by the auditor: a specialist's look at a ticket is on record, filterable, exportable, and answers a citizen's request.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AuditTests(BrowserFixture browser, DemoApp app)
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [Fact]
    public async Task ASpecialistsLookAtATicketIsOnTheAuditorsLogFilteredByOperatorAndExported()
    {
        var fiscalCode = FiscalCodes.Unique();
        var ticket = await (await app.ApiClientFor("linea1")).RecordAsync("PAG", "Pagamento non arrivato, controllo registro.", fiscalCode: fiscalCode);
        var specialist = await browser.NewPageAsync(app, "bo.pagamenti");
        await using (specialist.Closing())
        {
            await specialist.GotoAsync($"/segnalazioni/{ticket.Id}");
            await specialist.WaitForCircuitAsync();
            await specialist.GetByRole(AriaRole.Button, new() { Name = "Mostra codice fiscale", Exact = true }).ClickAsync();
            await Expect(specialist.Locator("[data-fact=fiscal-code]")).ToHaveTextAsync(fiscalCode);
        }

        var page = await browser.NewPageAsync(app, "dpo");
        await using var closing = page.Closing();
        await page.GotoAsync("/registro-accessi");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Operatore", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Chiara Neri" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca", Exact = true }).ClickAsync();

        var rows = page.GetByRole(AriaRole.Row).Filter(new() { HasText = ticket.Code });
        await Expect(rows.Filter(new() { HasText = "Codice fiscale mostrato" })).ToContainTextAsync("screen:/segnalazioni");
        await Expect(rows.Filter(new() { HasText = "Lettura" }).First).ToContainTextAsync("screen:/segnalazioni");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Giulia Ferri" })).ToHaveCountAsync(0);
        await Expect(rows.First).ToContainTextAsync(fiscalCode[..3] + "************" + fiscalCode[^1..]);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync("registro-accessi", fullPage: true);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Esporta CSV", Exact = true }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var csv = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("registro-accessi.csv", download.SuggestedFilename);
        Assert.StartsWith("\"Numero\";\"Data e ora\";\"Operatore\"", csv, StringComparison.Ordinal);
        Assert.Contains($"\"Chiara Neri\";\"Specialista di back office\";\"Codice fiscale mostrato\";\"screen:/segnalazioni\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Giulia Ferri", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(fiscalCode, csv, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Esportate");
    }

    [Fact]
    public async Task TheAuditorAnswersWhoLookedAtACitizensData()
    {
        var fiscalCode = FiscalCodes.Unique();
        var ticket = await (await app.ApiClientFor("linea1")).RecordAsync("PAG", "Chi ha visto i miei dati?", fiscalCode: fiscalCode);
        await (await app.ApiClientFor("bo.sanitaria")).GetAsync($"api/v1/tickets/{ticket.Id}");

        var page = await browser.NewPageAsync(app, "dpo");
        await using var closing = page.Closing();
        await page.GotoAsync("/registro-accessi/cittadino");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Codice fiscale", Exact).FillAsync(fiscalCode.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca", Exact = true }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Laura Pace" })).ToContainTextAsync("GET /api/v1/tickets/{id}");
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Giulia Ferri" })).ToContainTextAsync("Registrazione");
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Anna Valente" })).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("linea1")]
    [InlineData("responsabile")]
    [InlineData("admin")]
    public async Task OtherRolesAreRefusedTheLog(string user)
    {
        var page = await browser.NewPageAsync(app, user);
        await using var closing = page.Closing();

        await page.GotoAsync("/registro-accessi");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accesso negato", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
    }
}
