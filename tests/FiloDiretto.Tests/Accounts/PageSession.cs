using System.Net;
using System.Text.RegularExpressions;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FiloDiretto.Tests.Accounts;

/// <summary>A browser without the browser: cookies kept, redirects not followed, forms posted with their antiforgery token.</summary>
public sealed partial class PageSession(HttpClient client) : IDisposable
{
    public static PageSession Open(AppFactory app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Opens the page, then posts its form <paramref name="formName"/> with these fields.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, string formName, params (string Name, string Value)[] fields) =>
        PostFormAsync(path, path, formName, fields);

    /// <summary>Opens the page <paramref name="path"/>, then posts one of its forms to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string action, string formName, params (string Name, string Value)[] fields)
    {
        using var page = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var form = new Dictionary<string, string> { ["_handler"] = formName, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        return await PostWithoutPageAsync(action, form);
    }

    /// <summary>Posts straight to <paramref name="action"/>, as a forged form on another site would.</summary>
    public async Task<HttpResponseMessage> PostWithoutPageAsync(string action, IDictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>The first step of sign-in; the answer's Location says where it leads.</summary>
    public Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        PostFormAsync("/accedi", "accedi", ("Input.UserName", userName), ("Input.Password", password));

    /// <summary>The page as text, entities decoded (the renderer encodes accented letters).</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Where a redirect leads, as a path of the site.</summary>
    public static string? Target(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : null;

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
