using System.Net;
using FiloDiretto.Accounts;
using FiloDiretto.Accounts.Oidc;

namespace FiloDiretto.Tests.Accounts.Oidc;

/// <summary>An office without <c>Authentication:Oidc:Authority</c>: no trace of the provider.</summary>
[Collection(AccountsFactory.Suite)]
public sealed class WithoutProviderTests(AccountsFactory app)
{
    [Fact]
    public async Task TheSignInPageHasNoProviderButtonAndThereIsNoWayToTheProvider()
    {
        using var session = PageSession.Open(app);

        using var signIn = await session.GetAsync(AccountPaths.SignIn);
        var page = await PageSession.TextAsync(signIn);
        Assert.Contains("Nome utente", page, StringComparison.Ordinal);
        Assert.DoesNotContain(OidcPaths.Start, page, StringComparison.Ordinal);
        Assert.DoesNotContain("identità dell'ente", page, StringComparison.Ordinal);

        using var start = await session.GetAsync(OidcPaths.Start);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        using var callback = await session.GetAsync(OidcPaths.Callback + "?code=abc&state=def");
        Assert.Equal(HttpStatusCode.NotFound, callback.StatusCode);
    }
}
