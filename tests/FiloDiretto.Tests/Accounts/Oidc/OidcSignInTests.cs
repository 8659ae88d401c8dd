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

        using var signIn = await browser.GetAsync(new Uri(AccountPaths.SignIn, UriKind.Relative));
        Assert.Contains($"href=\"{OidcPaths.Start}?returnUrl=%2F\"", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Accedi con l'identità dell'ente", await PageSession.TextAsync(signIn), StringComparison.Ordinal);

        using var outcome = await ThroughProviderAsync(browser);
        var text = await PageSession.TextAsync(outcome);
        Assert.Contains("Accesso eseguito.", text, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0;url=/\" />", text, StringComparison.Ordinal);

        // No enrolment asked of a supervisor: the institution's provider vouches for the second factor.
        Assert.Equal("/supervisione", await LandingAsync(browser, "/"));
        using var administration = await browser.GetAsync(new Uri("/amministrazione/utenti", UriKind.Relative));
        Assert.StartsWith("/accesso-negato", PageSession.Target(administration), StringComparison.Ordinal);

        // The provider's word survives the security stamp check, which rebuilds the session from the stored user.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("/supervisione", await LandingAsync(browser, "/supervisione"));
    }

    [Fact]
    public async Task AUserTheAppDoesNotKnowIsRefusedAndNothingIsCreated()
    {
        var stranger = $"sconosciuto{Guid.NewGuid():N}"[..16];
        app.Provider.Subject = stranger;
        using var browser = app.Browser();

        using var outcome = await ThroughProviderAsync(browser);

        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Contains("non corrisponde a nessun utente di FiloDiretto", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
        Assert.Equal(AccountPaths.SignIn, await LandingAsync(browser, "/"));
        Assert.False(await app.UserExistsAsync(stranger));
    }

    [Fact]
    public async Task ADisabledUserIsRefused()
    {
        var user = await app.NewUserAsync(Role.BackOffice, disabled: true);
        app.Provider.Subject = user.UserName;
        using var browser = app.Browser();

        using var outcome = await ThroughProviderAsync(browser);

        Assert.Contains("è disattivato o sospeso", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
        Assert.Equal(AccountPaths.SignIn, await LandingAsync(browser, "/"));
    }

    [Fact]
    public async Task ATamperedStateIsRefused()
    {
        var user = await app.NewUserAsync(Role.BackOffice);
        app.Provider.Subject = user.UserName;
        using var browser = app.Browser();

        var callback = await ProviderAnswerAsync(browser);
        var tampered = callback.PathAndQuery.Replace("state=", "state=X", StringComparison.Ordinal);
        using var outcome = await FollowAsync(browser, tampered);

        Assert.Contains("non è riuscito", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
        Assert.Equal(AccountPaths.SignIn, await LandingAsync(browser, "/"));
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

            using var outcome = await ThroughProviderAsync(browser);

            Assert.Contains("non è riuscito", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
            Assert.Equal(AccountPaths.SignIn, await LandingAsync(browser, "/"));
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

        using var outcome = await ThroughProviderAsync(browser);

        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Contains("non è riuscito", await PageSession.TextAsync(outcome), StringComparison.Ordinal);
    }

    /// <summary>The button's request, then the provider's authorization endpoint: where the provider sends the browser back.</summary>
    private async Task<Uri> ProviderAnswerAsync(HttpClient browser)
    {
        using var start = await browser.GetAsync(new Uri($"{OidcPaths.Start}?returnUrl=%2F", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.StartsWith(app.Provider.Authority, authorize.ToString(), StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);

        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var answer = await provider.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var callback = answer.Headers.Location!;
        Assert.Equal(new Uri(OidcFactory.Site, OidcPaths.Callback).ToString(), callback.GetLeftPart(UriPartial.Path));
        return callback;
    }

    private async Task<HttpResponseMessage> ThroughProviderAsync(HttpClient browser) =>
        await FollowAsync(browser, (await ProviderAnswerAsync(browser)).PathAndQuery);

    /// <summary>Follows the app's redirects from <paramref name="path"/>; the last answer.</summary>
    private static async Task<HttpResponseMessage> FollowAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        while (PageSession.Target(response) is { } next)
        {
            response.Dispose();
            response = await browser.GetAsync(new Uri(next, UriKind.Relative));
        }

        return response;
    }

    /// <summary>The path a page request ends on, after the app's redirects.</summary>
    private static async Task<string> LandingAsync(HttpClient browser, string path)
    {
        var current = path;
        using var response = await browser.GetAsync(new Uri(current, UriKind.Relative));
        var next = PageSession.Target(response);
        while (next is not null)
        {
            current = next.Split('?')[0];
            using var hop = await browser.GetAsync(new Uri(next, UriKind.Relative));
            next = PageSession.Target(hop);
        }

        return current;
    }
}
