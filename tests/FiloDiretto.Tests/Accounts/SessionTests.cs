using System.Net;
using FiloDiretto.Accounts;
using FiloDiretto.Administration;
using FiloDiretto.Data;
using FiloDiretto.Demo;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Accounts;

[Collection(AccountsFactory.Suite)]
public sealed class SessionTests(AccountsFactory app)
{
    [Fact]
    public async Task APageSessionLivesWhileUsedAndEndsAfterThirtyIdleMinutes()
    {
        using var session = await SignedInAsync(await app.NewUserAsync(Role.BackOffice));

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        using (var keepAlive = await session.GetAsync(AccountPaths.KeepAlive))
        {
            Assert.Equal(HttpStatusCode.NoContent, keepAlive.StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await SignedInAsync(session));

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.False(await SignedInAsync(session));
    }

    [Fact]
    public async Task TheBrowsersIdleSignOutEndsTheSessionAndSaysWhy()
    {
        using var session = await SignedInAsync(await app.NewUserAsync(Role.PhoneOperator));

        using var signOut = await session.GetAsync(AccountPaths.IdleSignOut);
        Assert.Equal("/accedi?inattivita=true", PageSession.Target(signOut));
        using var signIn = await session.GetAsync("/accedi?inattivita=true");
        Assert.Contains("La sessione è stata chiusa dopo un periodo di inattività.", await PageSession.TextAsync(signIn), StringComparison.Ordinal);
        Assert.False(await SignedInAsync(session));
    }

    [Fact]
    public async Task SigningOutEverywhereEndsTheOtherSessionsWithinAMinuteAndKeepsThisOne()
    {
        var user = await app.NewUserAsync(Role.Counter);
        using var here = await SignedInAsync(user);
        using var elsewhere = await SignedInAsync(user);

        using var done = await here.PostFormAsync(AccountPaths.Profile, "esci-ovunque");
        Assert.Contains("le altre sessioni si chiudono entro un minuto", await PageSession.TextAsync(done), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(await SignedInAsync(elsewhere));
        Assert.True(await SignedInAsync(here));
    }

    [Fact]
    public async Task AnApiTokenEndsWithinAMinuteOfSigningOutEverywhereOrOfTheUserBeingDisabled()
    {
        var (signsOut, disabled) = (await app.NewUserAsync(Role.Counter), await app.NewUserAsync(Role.Counter));
        using var api = await ApiClientAsync(signsOut);
        using var otherApi = await ApiClientAsync(disabled);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (await StatusAsync(api), await StatusAsync(otherApi)));

        using var session = await SignedInAsync(signsOut);
        using var done = await session.PostFormAsync(AccountPaths.Profile, "esci-ovunque");
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var admin = new Actor((await db.Users.SingleAsync(u => u.UserName == "admin")).Id, "Admin", Role.Admin, disabled.OfficeId, null, null);
        Assert.Equal(AdminOutcome.Done, await app.Service<DisableUser>().SetDisabledAsync(admin, disabled.Id, true, CancellationToken.None));
        app.Clock.Advance(TokenRevocation.CheckInterval);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (await StatusAsync(api), await StatusAsync(otherApi)));
    }

    private async Task<HttpClient> ApiClientAsync(AppUser user)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenFor(user.UserName!));
        return client;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient api)
    {
        using var response = await api.GetAsync("/api/v1/tickets");
        return response.StatusCode;
    }

    private async Task<PageSession> SignedInAsync(AppUser user)
    {
        var session = PageSession.Open(app);
        using var signIn = await session.SignInAsync(user.UserName!, DemoMode.Password);
        Assert.Equal("/", PageSession.Target(signIn));
        return session;
    }

    private static async Task<bool> SignedInAsync(PageSession session)
    {
        using var profile = await session.GetAsync(AccountPaths.Profile);
        return profile.StatusCode == HttpStatusCode.OK;
    }
}
