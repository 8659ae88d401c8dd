using FiloDiretto.Accounts;

namespace FiloDiretto.Tests.Accounts.Oidc;

[Collection(UntrustedOidcFactory.Suite)]
public sealed class UntrustedSecondFactorTests(UntrustedOidcFactory app)
{
    [Fact]
    public async Task AUserWithAnAuthenticatorAppStillGivesItsCodeAfterTheProvider()
    {
        var user = await app.NewUserAsync(Role.Supervisor);
        var key = await app.EnrolAsync(user);
        app.Provider.Subject = user.UserName;
        using var browser = app.Browser();

        using var secondStep = await ProviderFlow.SignInAsync(app, browser);
        Assert.Contains("/accedi/codice", secondStep.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(AccountPaths.SignIn, await ProviderFlow.LandingAsync(browser, "/supervisione"));

        using var right = await browser.PostFormAsync(AccountPaths.SecondStep + "?returnUrl=%2F", "codice", ("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal("/", PageSession.Target(right));
        Assert.Equal("/supervisione", await ProviderFlow.LandingAsync(browser, "/"));
    }

    [Fact]
    public async Task AUserWhoseRoleRequiresTheAppButHasNoneIsLedToEnrol()
    {
        var user = await app.NewUserAsync(Role.Auditor);
        app.Provider.Subject = user.UserName;
        using var browser = app.Browser();

        using var outcome = await ProviderFlow.SignInAsync(app, browser);

        Assert.Contains("Accesso eseguito.", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
        Assert.Equal(AccountPaths.TwoFactor, await ProviderFlow.LandingAsync(browser, "/"));
    }
}
