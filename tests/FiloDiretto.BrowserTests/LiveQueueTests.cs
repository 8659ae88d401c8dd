using System.Text.RegularExpressions;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>The product's core: what the phone lines record shows up on the back office's open screens, unasked.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class LiveQueueTests(BrowserFixture browser, DemoApp app)
{
    private static readonly LocatorAssertionsToBeVisibleOptions WithinTwoSeconds = new() { Timeout = 2_000 };
    private static readonly LocatorGetByRoleOptions Take = new() { Name = "Prendi in carico" };

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
        var medical = await phone.RecordAsync("CONV_NR", "Convocazione non ricevuta");
        var payments = await phone.RecordAsync("PAG", "Pagamento non arrivato");

        await Expect(page.Row(payments.Code)).ToBeVisibleAsync(WithinTwoSeconds);
        // Same render as the row: no more waiting than the row's own two seconds.
        await Expect(page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync($"Nuova segnalazione {payments.Code}", new() { Timeout = 2_000 });
        await Expect(page).ToHaveTitleAsync(OneFresh(), new() { Timeout = 2_000 });
        await Expect(page.Row(medical.Code)).ToHaveCountAsync(0);
        Assert.True(await page.WindowStillMarkedAsync(), "The page was reloaded.");
        Assert.Equal(0, loads);

        await page.GetByRole(AriaRole.Heading, new() { Name = "Coda in tempo reale" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Coda — FiloDiretto");
    }

    [Fact]
    public async Task WhenOneSpecialistTakesATicketTheOtherScreenShowsTheHolderAndLosesTheButton()
    {
        var (chiara, anna) = await OpenQueuesAsync("bo.pagamenti", "responsabile");
        await using var closingChiara = chiara.Closing();
        await using var closingAnna = anna.Closing();
        await anna.MarkWindowAsync();

        using var phone = await app.ApiClientFor("linea2");
        var ticket = await phone.RecordAsync("PAG", "Arretrati non pagati");
        await Expect(chiara.Row(ticket.Code)).ToBeVisibleAsync(WithinTwoSeconds);
        await Expect(anna.Row(ticket.Code)).ToBeVisibleAsync(WithinTwoSeconds);
        await Expect(anna.Row(ticket.Code).GetByRole(AriaRole.Button, Take)).ToBeVisibleAsync();

        await chiara.Row(ticket.Code).GetByRole(AriaRole.Button, Take).ClickAsync();

        await Expect(await anna.CellAsync(anna.Row(ticket.Code), "In carico a")).ToHaveTextAsync("Chiara Neri", new() { Timeout = 2_000 });
        await Expect(anna.Row(ticket.Code).GetByRole(AriaRole.Button, Take)).ToHaveCountAsync(0);
        await Expect(await chiara.CellAsync(chiara.Row(ticket.Code), "In carico a")).ToHaveTextAsync("Chiara Neri");
        await Expect(chiara.Row(ticket.Code).GetByRole(AriaRole.Button, Take)).ToHaveCountAsync(0);
        await Expect(chiara.Locator("main").GetByRole(AriaRole.Status)).ToHaveTextAsync($"Hai preso in carico la segnalazione {ticket.Code}.");
        Assert.True(await anna.WindowStillMarkedAsync(), "The supervisor's page was reloaded.");
    }

    [Fact]
    public async Task TwoSpecialistsTakingTheSameTicketAtOnceMakeExactlyOneHolderAndTheOtherIsToldWho()
    {
        var (chiara, anna) = await OpenQueuesAsync("bo.pagamenti", "responsabile");
        await using var closingChiara = chiara.Closing();
        await using var closingAnna = anna.Closing();
        using var phone = await app.ApiClientFor("linea1");
        var ticket = await phone.RecordAsync("PAG", "Importo del pagamento errato");
        await Expect(chiara.Row(ticket.Code).GetByRole(AriaRole.Button, Take)).ToBeVisibleAsync(WithinTwoSeconds);
        await Expect(anna.Row(ticket.Code).GetByRole(AriaRole.Button, Take)).ToBeVisibleAsync(WithinTwoSeconds);

        var clicked = await Task.WhenAll(TryTakeAsync(chiara, ticket.Code), TryTakeAsync(anna, ticket.Code));

        using var supervisor = await app.ApiClientFor("responsabile");
        var holder = await supervisor.HolderAsync(ticket.Id);
        Assert.Contains(holder, new[] { "Chiara Neri", "Anna Valente" });
        var (winner, loser, loserClicked) = holder == "Chiara Neri" ? (chiara, anna, clicked[1]) : (anna, chiara, clicked[0]);
        if (loserClicked)
        {
            await Expect(loser.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Già presa in carico da {holder}");
        }

        await Expect(await loser.CellAsync(loser.Row(ticket.Code), "In carico a")).ToHaveTextAsync(holder!);
        await Expect(loser.Row(ticket.Code).GetByRole(AriaRole.Button, Take)).ToHaveCountAsync(0);
        await Expect(winner.Locator("main").GetByRole(AriaRole.Status)).ToHaveTextAsync($"Hai preso in carico la segnalazione {ticket.Code}.");
        await Expect(winner.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Expect(await winner.CellAsync(winner.Row(ticket.Code), "In carico a")).ToHaveTextAsync(holder!);
    }

    /// <summary>
    /// Clicks the row's take button; false when the other's take reached this page first and took the button away —
    /// the race was decided before this click, and the row must then show the winner.
    /// </summary>
    private static async Task<bool> TryTakeAsync(IPage page, string code)
    {
        try
        {
            await page.Row(code).GetByRole(AriaRole.Button, Take).ClickAsync(new() { Timeout = 5_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    [Fact]
    public async Task TextAndOverdueFiltersNarrowTheListLiveAndSurviveAReload()
    {
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        await page.GotoAsync("/coda");
        await page.WaitForCircuitAsync();
        using var phone = await app.ApiClientFor("linea1");
        var word = "Pratica" + Guid.NewGuid().ToString("N")[..8];
        var wanted = await phone.RecordAsync("PAG", $"{word}: il pagamento di marzo non risulta.");
        var other = await phone.RecordAsync("PAG", "Il pagamento di aprile non risulta.");
        await Expect(page.Row(other.Code)).ToBeVisibleAsync(WithinTwoSeconds);

        await page.GetByLabel("Cerca", new() { Exact = true }).FillAsync(word.ToLowerInvariant());
        await page.GetByLabel("Cerca", new() { Exact = true }).PressAsync("Enter");

        await Expect(page.Rows()).ToHaveCountAsync(1);
        await Expect(page.Row(wanted.Code)).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($@"/coda\?q={word.ToLowerInvariant()}$"));

        // Changes are judged by the same filters: only the matching newcomer joins the list.
        var unrelated = await phone.RecordAsync("PAG", "Chiede il dettaglio del conguaglio.");
        var related = await phone.RecordAsync("PAG", $"Richiama per la {word}.");
        await Expect(page.Row(related.Code)).ToBeVisibleAsync(WithinTwoSeconds);
        await Expect(page.Row(unrelated.Code)).ToHaveCountAsync(0);
        await Expect(page.Rows()).ToHaveCountAsync(2);

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Expect(page.GetByLabel("Cerca", new() { Exact = true })).ToHaveValueAsync(word.ToLowerInvariant());
        await Expect(page.Rows()).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Azzera i filtri" }).ClickAsync();
        await Expect(page.Row(other.Code)).ToBeVisibleAsync();
        // Bootstrap Italia draws the box on the label, which is what a person clicks.
        await page.Locator("label", new() { HasText = "Scadute" }).ClickAsync();

        await Expect(page.Row(other.Code)).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex(@"/coda\?overdue=true$"));
        await Expect(page.Rows().First).ToBeVisibleAsync();
        Assert.All(await page.ColumnAsync("Scadenza"), due => Assert.EndsWith("Scaduta", due));

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Expect(page.GetByLabel("Scadute", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.Rows().First).ToBeVisibleAsync();
        Assert.All(await page.ColumnAsync("Scadenza"), due => Assert.EndsWith("Scaduta", due));
        await Expect(page.GetByRole(AriaRole.Search, new() { Name = "Filtri della coda" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task AnUrgentTicketSaysSoInWords()
    {
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        await page.GotoAsync("/coda");
        await page.WaitForCircuitAsync();
        using var phone = await app.ApiClientFor("linea2");

        var normal = await phone.RecordAsync("VAR", "Nuovo IBAN da registrare.");
        var urgent = await phone.RecordAsync("VAR", "IBAN errato: il pagamento torna indietro.", priority: "urgent");

        await Expect(page.Row(urgent.Code)).ToBeVisibleAsync(WithinTwoSeconds);
        await Expect(await page.CellAsync(page.Row(urgent.Code), "Segnali")).ToHaveTextAsync("Urgente");
        await Expect(await page.CellAsync(page.Row(normal.Code), "Segnali")).Not.ToContainTextAsync("Urgente");
        await Expect(await page.CellAsync(page.Row(urgent.Code), "Aperta da")).ToContainTextAsync("aperta oggi");
    }

    [Fact]
    public async Task WithTheSoundAlertOnANewTicketBeepsAndTheChoiceOutlivesAReload()
    {
        var page = await browser.NewPageAsync(app, "bo.sanitaria");
        await using var closing = page.Closing();
        // Counts the tones the page makes; the Web Audio API itself stays real.
        await page.AddInitScriptAsync(
            "window.__tones = 0; const Real = window.AudioContext; window.AudioContext = class extends Real { createOscillator() { window.__tones++; return super.createOscillator(); } };");
        await page.GotoAsync("/coda");
        await page.WaitForCircuitAsync();
        var sound = page.GetByRole(AriaRole.Switch, new() { Name = "Avviso sonoro" });
        if (await sound.IsCheckedAsync())
        {
            await sound.UncheckAsync();
        }

        await sound.CheckAsync();
        await page.WaitForFunctionAsync("() => window.__tones === 1 && Object.values(localStorage).includes('on')");
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Expect(sound).ToBeCheckedAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__tones"));

        using var phone = await app.ApiClientFor("linea1");
        var ticket = await phone.RecordAsync("CONV_NR", "Non ha ricevuto la convocazione a visita.");
        await Expect(page.Row(ticket.Code)).ToBeVisibleAsync(WithinTwoSeconds);
        await page.WaitForFunctionAsync("() => window.__tones === 1");

        await sound.UncheckAsync();
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Expect(sound).Not.ToBeCheckedAsync();
    }

    private async Task<(IPage First, IPage Second)> OpenQueuesAsync(string first, string second)
    {
        var pages = await Task.WhenAll(browser.NewPageAsync(app, first), browser.NewPageAsync(app, second));
        await Task.WhenAll(pages[0].GotoAsync("/coda"), pages[1].GotoAsync("/coda"));
        await Task.WhenAll(pages[0].WaitForCircuitAsync(), pages[1].WaitForCircuitAsync());
        return (pages[0], pages[1]);
    }

    [GeneratedRegex(@"^\(\d+\) ")]
    private static partial Regex FreshCount();

    [GeneratedRegex(@"^\(1\) ")]
    private static partial Regex OneFresh();
}
