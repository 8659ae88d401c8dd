using System.Net;
using FiloDiretto.Accounts;
using FiloDiretto.Accounts.Oidc;

namespace FiloDiretto.Tests.Accounts.Oidc;

/// <summary>Sign-in through a real OpenID Connect provider, hop by hop as a browser would follow it.</summary>
[Collection(OidcFactory.Suite)]
public sealed class OidcSignInTests(OidcFactory app)
{
    [Fact]
    public async Task AnEnabledUserSignsInThroughTheProviderAndLandsOnTheHomeOfTheLocalRole()
    {
        var user = await app.NewUserAsync(Role.Supervisor);
        app.Provider.Subject = user.UserName;
        using var browser = app.Browser();

        using var signIn = await browser.GetAsync(AccountPaths.SignIn);
        Assert.Contains($"href=\"{OidcPaths.Start}?returnUrl=%2F\"", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Accedi con l'identità dell'ente", await PageSession.TextAsync(signIn), StringComparison.Ordinal);

        using var outcome = await ProviderFlow.SignInAsync(app, browser);
        var text = await PageSession.TextAsync(outcome);
        Assert.Contains("Accesso eseguito.", text, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0;url=/\" />", text, StringComparison.Ordinal);

        // No enrolment asked of a supervisor: the institution's provider vouches for the second factor.
        Assert.Equal("/supervisione", await ProviderFlow.LandingAsync(browser, "/"));
        using var administration = await browser.GetAsync("/amministrazione/utenti");
        Assert.StartsWith("/accesso-negato", PageSession.Target(administration), StringComparison.Ordinal);

        // The provider's word survives the security stamp check, which rebuilds the session from the stored user.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("/supervisione", await ProviderFlow.LandingAsync(browser, "/supervisione"));
    }

    [Fact]
    public async Task AUserTheAppDoesNotKnowIsRefusedAndNothingIsCreated()
    {
        var stranger = $"sconosciuto{Guid.NewGuid():N}"[..16];
        app.Provider.Subject = stranger;
        using var browser = app.Browser();

        using var outcome = await ProviderFlow.SignInAsync(app, browser);

        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Contains("non corrisponde a nessun utente di FiloDiretto", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
        Assert.Equal(AccountPaths.SignIn, await ProviderFlow.LandingAsync(browser, "/"));
        Assert.False(await app.UserExistsAsync(stranger));
    }

    [Fact]
    public async Task ADisabledUserIsRefused()
    {
        var user = await app.NewUserAsync(Role.BackOffice);
        await app.DisableAsync(user);
        app.Provider.Subject = user.UserName;
        using var browser = app.Browser();

        using var outcome = await ProviderFlow.SignInAsync(app, browser);

        Assert.Contains("è disattivato o sospeso", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
        Assert.Equal(AccountPaths.SignIn, await ProviderFlow.LandingAsync(browser, "/"));
    }

    [Fact]
    public async Task ATamperedStateIsRefused()
    {
        var user = await app.NewUserAsync(Role.BackOffice);
        app.Provider.Subject = user.UserName;
        using var browser = app.Browser();

        var callback = await ProviderFlow.ProviderAnswerAsync(app, browser);
        var tampered = callback.PathAndQuery.Replace("state=", "state=X", StringComparison.Ordinal);
        using var outcome = await ProviderFlow.FollowAsync(browser, tampered);

        Assert.Contains("non è riuscito", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
        Assert.Equal(AccountPaths.SignIn, await ProviderFlow.LandingAsync(browser, "/"));
    }

    [Fact]
    public async Task AnIdTokenAlteredToNameAnotherUserIsRefused()
    {
        var user = await app.NewUserAsync(Role.PhoneOperator);
        app.Provider.Subject = user.UserName;
        app.Provider.ForgedSubject = "admin";
        try
        {
            using var browser = app.Browser();

            using var outcome = await ProviderFlow.SignInAsync(app, browser);

            Assert.Contains("non è riuscito", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
            Assert.Equal(AccountPaths.SignIn, await ProviderFlow.LandingAsync(browser, "/"));
        }
        finally
        {
            app.Provider.ForgedSubject = null;
        }
    }

    [Fact]
    public async Task ARefusalAtTheProviderEndsOnTheRefusalPage()
    {
        app.Provider.Subject = null;
        using var browser = app.Browser();

        using var outcome = await ProviderFlow.SignInAsync(app, browser);

        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Contains("non è riuscito", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
    }
}
