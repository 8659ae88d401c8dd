using System.Net;
using FiloDiretto.Accounts.Oidc;

namespace FiloDiretto.Tests.Accounts.Oidc;

/// <summary>The hops a browser makes between the app and the provider, one by one.</summary>
public static class ProviderFlow
{
    /// <summary>The button's request, then the provider's authorization endpoint: where the provider sends the browser back.</summary>
    public static async Task<Uri> ProviderAnswerAsync(OidcFactory app, PageSession browser)
    {
        using var start = await browser.GetAsync($"{OidcPaths.Start}?returnUrl=%2F");
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

    /// <summary>The whole round trip from the button: the app's last answer.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(OidcFactory app, PageSession browser) =>
        await FollowAsync(browser, (await ProviderAnswerAsync(app, browser)).PathAndQuery);

    /// <summary>Follows the app's redirects from <paramref name="path"/>; the last answer.</summary>
    public static async Task<HttpResponseMessage> FollowAsync(PageSession browser, string path)
    {
        var response = await browser.GetAsync(path);
        while (PageSession.Target(response) is { } next)
        {
            response.Dispose();
            response = await browser.GetAsync(next);
        }

        return response;
    }

    /// <summary>The path a page request ends on, after the app's redirects.</summary>
    public static async Task<string> LandingAsync(PageSession browser, string path)
    {
        var current = path;
        using var response = await browser.GetAsync(current);
        var next = PageSession.Target(response);
        while (next is not null)
        {
            current = next.Split('?')[0];
            using var hop = await browser.GetAsync(next);
            next = PageSession.Target(hop);
        }

        return current;
    }
}
