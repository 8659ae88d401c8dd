using System.Text.RegularExpressions;
using FiloDiretto.Accounts;
using FiloDiretto.BrowserTests.Infrastructure;
using FiloDiretto.Demo;
using FiloDiretto.Tests.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed partial class TwoFactorTests(BrowserFixture browser, DemoApp app)
{
    private static int _users;

    [Fact]
    public async Task ASupervisorPairsAnAuthenticatorAppFromTheProfileThenSignsInWithItsCodeOrARecoveryCode()
    {
        var userName = await NewUserAsync(Role.Supervisor);
        string key;
        string recoveryCode;
        await using (var context = await browser.NewContextAsync(app))
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/accedi");
            await page.SignInAsync(userName, DemoMode.Password);
            await Expect(page).ToHaveURLAsync(OverviewUrl());

            await page.GetByRole(AriaRole.Link, new() { Name = "Utente di prova (Responsabile)" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Il tuo profilo", Level = 1 })).ToBeVisibleAsync();
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Attiva la verifica in due passaggi" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Codice QR da inquadrare con l'app di autenticazione" })).ToBeVisibleAsync();
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.ScreenshotAsync("verifica-in-due-passaggi", fullPage: true);
            key = await page.GetByTestId("authenticator-key").InnerTextAsync();
            await page.GetByLabel("Codice di 6 cifre mostrato dall'app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verifica e attiva" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Verifica in due passaggi attivata.");
            var codes = page.GetByRole(AriaRole.List, new() { Name = "Codici di recupero" }).GetByRole(AriaRole.Listitem);
            await Expect(codes).ToHaveCountAsync(10);
            await Axe.AssertNoSeriousViolationsAsync(page);
            recoveryCode = await codes.First.InnerTextAsync();
        }

        await using (var context = await browser.NewContextAsync(app))
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/coda");
            await page.SignInAsync(userName, DemoMode.Password);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verifica in due passaggi", Level = 1 })).ToBeVisibleAsync();
            await Axe.AssertNoSeriousViolationsAsync(page);

            await page.GetByLabel("Codice di verifica").FillAsync("000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Verifica", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Codice non valido o scaduto.");

            await page.GetByLabel("Codice di verifica").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verifica", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(QueueUrl());
        }

        await using (var context = await browser.NewContextAsync(app))
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/accedi");
            await page.SignInAsync(userName, DemoMode.Password);
            await page.GetByRole(AriaRole.Link, new() { Name = "Usa un codice di recupero" }).ClickAsync();
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.GetByLabel("Codice di recupero").FillAsync(recoveryCode);
            await page.GetByRole(AriaRole.Button, new() { Name = "Verifica", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(OverviewUrl());
        }
    }

    [Fact]
    public async Task AnOpenPageLeftIdleForThirtyMinutesSignsOutWhileActivityKeepsItOpen()
    {
        var userName = await NewUserAsync(Role.PhoneOperator);
        await using var context = await browser.NewContextAsync(app);
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync("/accedi");
        await page.SignInAsync(userName, DemoMode.Password);
        await Expect(page).ToHaveURLAsync(IntakeUrl());
        await page.WaitForCircuitAsync();

        await page.Clock.FastForwardAsync("20:00");
        await page.Keyboard.PressAsync("Shift");
        await page.Clock.FastForwardAsync("20:00");
        await Expect(page).ToHaveURLAsync(IntakeUrl());

        await page.Clock.FastForwardAsync("31:00");
        await Expect(page).ToHaveURLAsync(IdleSignInUrl());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("La sessione è stata chiusa dopo un periodo di inattività. Accedi di nuovo per continuare.");
        await page.GotoAsync("/chiamata");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accedi", Level = 1 })).ToBeVisibleAsync();
    }

    private async Task<string> NewUserAsync(Role role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = $"browser{Interlocked.Increment(ref _users)}",
            DisplayName = "Utente di prova",
            Role = role,
            OfficeId = (await users.FindByNameAsync("linea1"))!.OfficeId,
        };
        Assert.True((await users.CreateAsync(user, DemoMode.Password)).Succeeded);
        return user.UserName;
    }

    [GeneratedRegex("/supervisione$")]
    private static partial Regex OverviewUrl();

    [GeneratedRegex("/coda$")]
    private static partial Regex QueueUrl();

    [GeneratedRegex("/chiamata$")]
    private static partial Regex IntakeUrl();

    [GeneratedRegex(@"/accedi\?inattivita=true$")]
    private static partial Regex IdleSignInUrl();
}
