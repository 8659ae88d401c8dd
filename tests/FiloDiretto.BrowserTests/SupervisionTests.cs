using System.Globalization;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The supervisor's overview follows the office live.</summary>
[Collection(BrowserSuite.Name)]
public sealed class SupervisionTests(BrowserFixture browser, DemoApp app)
{
    [Fact]
    public async Task ANewTicketCountsInTheOverviewWithinTwoSecondsWithoutReload()
    {
        var page = await browser.NewPageAsync(app, "responsabile");
        await using var closing = page.Closing();
        await page.GotoAsync("/supervisione");
        await page.WaitForCircuitAsync();
        await page.MarkWindowAsync();
        var newByStatus = Count(page, "Segnalazioni per stato", "Nuova", 0);
        var newPayments = Count(page, "Segnalazioni aperte per area", "Pagamenti", 0);
        var (status, payments) = (int.Parse(await newByStatus.InnerTextAsync(), CultureInfo.InvariantCulture), int.Parse(await newPayments.InnerTextAsync(), CultureInfo.InvariantCulture));

        using var phone = await app.ApiClientFor("linea1");
        await phone.RecordAsync("PAG", "Pagamento sospeso senza motivo.");

        await Expect(newByStatus).ToHaveTextAsync($"{status + 1}", new() { Timeout = 2_000 });
        await Expect(newPayments).ToHaveTextAsync($"{payments + 1}", new() { Timeout = 2_000 });
        Assert.True(await page.WindowStillMarkedAsync(), "The overview was reloaded.");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Le 10 segnalazioni aperte più vecchie" }).GetByRole(AriaRole.Link).First)
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/segnalazioni/\d+$"));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Chi ha in carico cosa" }).GetByRole(AriaRole.Rowheader, new() { Name = "Chiara Neri" }))
            .ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync("supervisione");
    }

    /// <summary>The cell in column <paramref name="column"/> (0 = first after the row header) of the row headed <paramref name="row"/>.</summary>
    private static ILocator Count(IPage page, string table, string row, int column) =>
        page.GetByRole(AriaRole.Table, new() { Name = table })
            .GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = row, Exact = true }) })
            .GetByRole(AriaRole.Cell)
            .Nth(column);
}
