using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FiloDiretto.Accounts;
using FiloDiretto.Demo;

namespace FiloDiretto.Tests.Accounts;

[Collection(AccountsFactory.Suite)]
public sealed partial class TwoFactorSignInTests(AccountsFactory app)
{
    [Theory]
    [InlineData(Role.Supervisor, "/supervisione")]
    [InlineData(Role.Admin, "/amministrazione/utenti")]
    [InlineData(Role.Auditor, "/registro-accessi")]
    [InlineData(Role.Patronato, "/patronato")]
    public async Task ARoleThatRequiresItReachesOnlyTheEnrolmentUntilItHasPairedAnApp(Role role, string home)
    {
        var user = await app.NewUserAsync(role);
        using var session = PageSession.Open(app);

        using var signIn = await session.SignInAsync(user.UserName!, DemoMode.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var elsewhere = await session.GetAsync(home);
        Assert.Equal(AccountPaths.TwoFactor, PageSession.Target(elsewhere));
        using var token = await TokenAsync(user.UserName!, null);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);

        using var enrolment = await session.GetAsync(AccountPaths.TwoFactor);
        var page = await PageSession.TextAsync(enrolment);
        Assert.Contains("Il tuo ruolo richiede la verifica in due passaggi", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        var key = Key().Match(page).Groups[1].Value;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);

        using var wrong = await session.PostFormAsync(AccountPaths.TwoFactor, "verifica-in-due-passaggi", ("Input.Code", "000000"));
        Assert.Contains("Il codice non corrisponde", await PageSession.TextAsync(wrong), StringComparison.Ordinal);
        Assert.False((await app.ReloadAsync(user)).TwoFactorEnabled);

        using var right = await session.PostFormAsync(AccountPaths.TwoFactor, "verifica-in-due-passaggi", ("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        var done = await PageSession.TextAsync(right);
        Assert.Contains("Verifica in due passaggi attivata.", done, StringComparison.Ordinal);
        Assert.Equal(10, RecoveryCode().Count(done));
        Assert.True((await app.ReloadAsync(user)).TwoFactorEnabled);

        using var open = await session.GetAsync(home);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        using var again = await session.GetAsync(AccountPaths.TwoFactor);
        Assert.DoesNotMatch(RecoveryCode(), await PageSession.TextAsync(again));
    }

    [Fact]
    public async Task OtherRolesMayUseThePasswordAlone()
    {
        var user = await app.NewUserAsync(Role.PhoneOperator);
        using var session = PageSession.Open(app);

        using var signIn = await session.SignInAsync(user.UserName!, DemoMode.Password);
        using var intake = await session.GetAsync("/chiamata");

        Assert.Equal("/", PageSession.Target(signIn));
        Assert.Equal(HttpStatusCode.OK, intake.StatusCode);
    }

    [Fact]
    public async Task AnEnrolledUserSignsInWithTheAppsCodeAfterThePassword()
    {
        var user = await app.NewUserAsync(Role.Supervisor);
        var key = await app.EnrolAsync(user);
        using var session = PageSession.Open(app);

        using var password = await session.PostFormAsync("/accedi?returnUrl=%2Fcoda", "accedi", ("Input.UserName", user.UserName!), ("Input.Password", DemoMode.Password));
        var secondStep = PageSession.Target(password)!;
        Assert.Equal("/accedi/codice?returnUrl=%2Fcoda", secondStep);
        using var notYet = await session.GetAsync("/coda");
        Assert.StartsWith("/accedi", PageSession.Target(notYet), StringComparison.Ordinal);

        using var wrong = await session.PostFormAsync(secondStep, "codice", ("Input.Code", "123456"));
        Assert.Contains("Codice non valido o scaduto.", await PageSession.TextAsync(wrong), StringComparison.Ordinal);
        using var right = await session.PostFormAsync(secondStep, "codice", ("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal("/coda", PageSession.Target(right));
        using var queue = await session.GetAsync("/coda");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }

    [Fact]
    public async Task ARecoveryCodeReplacesTheAppOnceOnly()
    {
        var user = await app.NewUserAsync(Role.Auditor);
        await app.EnrolAsync(user);
        var code = (await app.RecoveryCodesAsync(user))[0];

        Assert.Equal("/", await SignInWithRecoveryCodeAsync(user, code));
        Assert.Null(await SignInWithRecoveryCodeAsync(user, code));
    }

    [Fact]
    public async Task TheSecondStepWithoutThePasswordLeadsBackToSignIn()
    {
        using var session = PageSession.Open(app);
        using var page = await session.GetAsync(AccountPaths.SecondStep);
        Assert.Equal(AccountPaths.SignIn, PageSession.Target(page));
    }

    [Fact]
    public async Task TheTokenEndpointWantsTheCodeOfAnEnrolledUserAndWrongCodesCountTowardsTheLockout()
    {
        var user = await app.NewUserAsync(Role.Supervisor);
        var key = await app.EnrolAsync(user);

        using (var withCode = await TokenAsync(user.UserName!, Totp.Code(key, DateTimeOffset.UtcNow)))
        {
            Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        }

        using (var withoutCode = await TokenAsync(user.UserName!, null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        }

        for (var attempt = 2; attempt <= 5; attempt++)
        {
            using var wrong = await TokenAsync(user.UserName!, "000000");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await TokenAsync(user.UserName!, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.NotNull((await app.ReloadAsync(user)).LockoutEnd);
    }

    /// <summary>Where the second step leads with a recovery code: the home page, or nowhere (null) when refused.</summary>
    private async Task<string?> SignInWithRecoveryCodeAsync(AppUser user, string code)
    {
        using var session = PageSession.Open(app);
        using var password = await session.SignInAsync(user.UserName!, DemoMode.Password);
        using var recovery = await session.PostFormAsync(AccountPaths.SecondStep + "?recupero=true", "codice", ("Input.Code", code));
        return PageSession.Target(recovery);
    }

    private async Task<HttpResponseMessage> TokenAsync(string userName, string? twoFactorCode)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoMode.Password, twoFactorCode });
    }

    [GeneratedRegex("data-testid=\"authenticator-key\"[^>]*>([^<]+)<")]
    private static partial Regex Key();

    [GeneratedRegex("<li[^>]*><code[^>]*>[^<]+</code></li>")]
    private static partial Regex RecoveryCode();
}
