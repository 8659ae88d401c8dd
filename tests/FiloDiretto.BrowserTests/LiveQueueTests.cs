using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The product's core: what the phone lines record shows up on the back office's open screens, unasked.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class LiveQueueTests(BrowserFixture browser, DemoApp app)
{
    private static readonly LocatorAssertionsToBeVisibleOptions WithinTwoSeconds = new() { Timeout = 2_000 };

    [Fact]
    public async Task ANewTicketOfTheAreaAppearsAndIsAnnouncedWithoutReloadAndOtherAreasStayOut()
    {
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        await page.GotoAsync("/coda");
        await page.WaitForCircuitAsync();
        await Expect(page).Not.ToHaveTitleAsync(FreshCount());
        await page.MarkWindowAsync();
        var loads = 0;
        page.Load += (_, _) => loads++;

        using var phone = await app.ApiClientFor("linea1");
        // Medical first: once the later Payments ticket is on screen, the Medical one has been through the feed too.
        var medical = await RecordAsync(phone, "CONV_NR", "Convocazione non ricevuta");
        var payments = await RecordAsync(phone, "PAG", "Pagamento non arrivato");

        await Expect(page.Row(payments)).ToBeVisibleAsync(WithinTwoSeconds);
        // Same render as the row: no more waiting than the row's own two seconds.
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Nuova segnalazione {payments}", new() { Timeout = 2_000 });
        await Expect(page).ToHaveTitleAsync(OneFresh(), new() { Timeout = 2_000 });
        await Expect(page.Row(medical)).ToHaveCountAsync(0);
        Assert.True(await page.WindowStillMarkedAsync(), "The page was reloaded.");
        Assert.Equal(0, loads);
    }

    [Fact]
    public async Task WhenOneSpecialistTakesATicketTheOtherScreenShowsTheHolderAndLosesTheButton()
    {
        var pages = await Task.WhenAll(browser.NewPageAsync(app, "bo.pagamenti"), browser.NewPageAsync(app, "responsabile"));
        var (chiara, anna) = (pages[0], pages[1]);
        await using var closingChiara = chiara.Closing();
        await using var closingAnna = anna.Closing();
        await Task.WhenAll(chiara.GotoAsync("/coda"), anna.GotoAsync("/coda"));
        await Task.WhenAll(chiara.WaitForCircuitAsync(), anna.WaitForCircuitAsync());
        await anna.MarkWindowAsync();

        using var phone = await app.ApiClientFor("linea2");
        var code = await RecordAsync(phone, "PAG", "Arretrati non pagati");
        await Expect(chiara.Row(code)).ToBeVisibleAsync(WithinTwoSeconds);
        await Expect(anna.Row(code)).ToBeVisibleAsync(WithinTwoSeconds);
        var take = new LocatorGetByRoleOptions { Name = "Prendi in carico" };
        await Expect(anna.Row(code).GetByRole(AriaRole.Button, take)).ToBeVisibleAsync();

        await chiara.Row(code).GetByRole(AriaRole.Button, take).ClickAsync();

        await Expect(await anna.CellAsync(anna.Row(code), "In carico a")).ToHaveTextAsync("Chiara Neri", new() { Timeout = 2_000 });
        await Expect(anna.Row(code).GetByRole(AriaRole.Button, take)).ToHaveCountAsync(0);
        await Expect(await chiara.CellAsync(chiara.Row(code), "In carico a")).ToHaveTextAsync("Chiara Neri");
        await Expect(chiara.Row(code).GetByRole(AriaRole.Button, take)).ToHaveCountAsync(0);
        Assert.True(await anna.WindowStillMarkedAsync(), "The supervisor's page was reloaded.");
    }

    private static async Task<string> RecordAsync(HttpClient phone, string category, string description)
    {
        using var response = await phone.PostAsJsonAsync("api/v1/tickets", new
        {
            citizen = new { fiscalCode = "RSSMRA68A01H501Y", surname = "Rossi", givenName = "Mario", phone = "3471234567" },
            category,
            description,
            channel = "phone",
            line = 1,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    [GeneratedRegex(@"^\(\d+\) ")]
    private static partial Regex FreshCount();

    [GeneratedRegex(@"^\(1\) ")]
    private static partial Regex OneFresh();
}
