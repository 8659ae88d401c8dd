using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>
/// Script and HTML typed into every text field reach the screens as text: no element injected, no
/// dialog opened, and the content security policy blocks nothing the app itself needs.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class HostileInputTests(BrowserFixture browser, DemoApp app)
{
    private const string Script = "<script>alert('xss')</script><img src=x onerror=alert(1)><b id=iniettato>grassetto</b>";

    [Fact]
    public async Task ScriptInEveryTextFieldIsShownAsTextOnTheTicketAndInTheQueue()
    {
        using var phone = await app.ApiClientFor("linea1");
        using var specialist = await app.ApiClientFor("bo.pagamenti");
        var ticket = await phone.RecordAsync("PAG", Script, surname: "<img src=x onerror=alert(2)>", givenName: "<b id=iniettato>Mario</b>");
        await phone.ActAsync(ticket.Id, "calls", new { note = Script });
        await specialist.ActAsync(ticket.Id, "notes", new { text = Script });
        await specialist.ActAsync(ticket.Id, "take");
        await specialist.ActAsync(ticket.Id, "contacts", new { channel = "phone", outcome = "reached", note = Script });

        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        var dialogs = new List<string>();
        var violations = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync($"/segnalazioni/{ticket.Id}");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByText(Script).First).ToBeVisibleAsync();
        await Expect(page.GetByText("<img src=x onerror=alert(2)>").First).ToBeVisibleAsync();
        await AssertNothingInjectedAsync(page);

        await page.GotoAsync("/coda");
        await page.WaitForCircuitAsync();
        await Expect(page.Row(ticket.Code)).ToContainTextAsync("<img src=x onerror=alert(2)> <b id=iniettato>Mario</b>");
        await AssertNothingInjectedAsync(page);

        Assert.Empty(dialogs);
        Assert.Empty(violations);
    }

    private static async Task AssertNothingInjectedAsync(IPage page)
    {
        await Expect(page.Locator("#iniettato")).ToHaveCountAsync(0);
        await Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);
        await Expect(page.Locator("body script:not([src])")).ToHaveCountAsync(0);
    }
}
