using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>A patronato's home: its own filings and nobody else's.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PatronatoTests(BrowserFixture browser, DemoApp app)
{
    [Fact]
    public async Task EachPatronatoSeesTheTicketsItFiledAndNotTheOthers()
    {
        using var incaApi = await app.ApiClientFor("inca");
        using var acliApi = await app.ApiClientFor("acli");
        var byInca = await incaApi.RecordAsync("AP70", "Il modello AP70 risulta salvato ma non inviato.");
        var byAcli = await acliApi.RecordAsync("STATO", "Chiede a che punto è la domanda.");

        var inca = await browser.NewPageAsync(app, "inca");
        await using (inca.Closing())
        {
            await inca.GotoAsync("/patronato");
            await inca.WaitForCircuitAsync();
            await Expect(PatronatoRow(inca, byInca.Code)).ToBeVisibleAsync();
            await Expect(PatronatoRow(inca, byInca.Code)).ToContainTextAsync("Nuova");
            await Expect(PatronatoRow(inca, byAcli.Code)).ToHaveCountAsync(0);
            await Expect(inca.GetByRole(AriaRole.Link, new() { Name = "Nuova segnalazione" })).ToHaveAttributeAsync("href", "/chiamata");
            await Axe.AssertNoSeriousViolationsAsync(inca);
            await inca.ScreenshotAsync("patronato");
        }

        var acli = await browser.NewPageAsync(app, "acli");
        await using (acli.Closing())
        {
            await acli.GotoAsync("/patronato");
            await acli.WaitForCircuitAsync();
            await Expect(PatronatoRow(acli, byAcli.Code)).ToBeVisibleAsync();
            await Expect(PatronatoRow(acli, byInca.Code)).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task FeedbackGivenByTheOfficeReachesThePatronatoWithoutReload()
    {
        using var incaApi = await app.ApiClientFor("inca");
        var ticket = await incaApi.RecordAsync("AP70", "Chiede se l'AP70 è stato ricevuto.");
        var inca = await browser.NewPageAsync(app, "inca");
        await using var closing = inca.Closing();
        await inca.GotoAsync("/patronato");
        await inca.WaitForCircuitAsync();
        await Expect(PatronatoRow(inca, ticket.Code)).ToBeVisibleAsync();

        using var specialist = await app.ApiClientFor("bo.amministrativa");
        await specialist.ActAsync(ticket.Id, "take");
        await specialist.ActAsync(ticket.Id, "resolve", new { feedback = "AP70 ricevuto e lavorato." });

        await Expect(PatronatoRow(inca, ticket.Code)).ToContainTextAsync("AP70 ricevuto e lavorato.", new() { Timeout = 3_000 });
        await Expect(inca.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Nuovo riscontro: {ticket.Code}.");
    }

    private static ILocator PatronatoRow(IPage page, string code) => page.Locator($"table.patronato tbody tr[data-code='{code}']");
}
