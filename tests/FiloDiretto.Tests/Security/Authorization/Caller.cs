using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FiloDiretto.Accounts;
using FiloDiretto.Demo;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>
/// A caller of one role, as the demo users, plus the anonymous one: a bearer token for the API and the hub, the
/// sign-in cookie for the pages. The cookie is sent by hand, so calling /esci does not sign the caller out.
/// </summary>
public sealed partial class Caller
{
    public static readonly IReadOnlyDictionary<Role, string> DemoUsers = new Dictionary<Role, string>
    {
        [Role.PhoneOperator] = "linea1",
        [Role.BackOffice] = "bo.pagamenti",
        [Role.Supervisor] = "responsabile",
        [Role.Counter] = "sportello",
        [Role.Patronato] = "inca",
        [Role.Admin] = "admin",
        [Role.Auditor] = "dpo",
    };

    private readonly AppFactory _app;
    private readonly string? _token;
    private readonly string? _cookie;

    private Caller(AppFactory app, string? token, string? cookie)
    {
        _app = app;
        _token = token;
        _cookie = cookie;
    }

    public static Caller Anonymous(AppFactory app) => new(app, null, null);

    public static async Task<Caller> SignInAsync(AppFactory app, string userName, string password = DemoMode.Password) =>
        new(app, (await TokenAsync(app, userName, password)).AccessToken, await SignInCookieAsync(app, userName, password));

    public async Task<HttpResponseMessage> CallAsync(EndpointKind kind, string method, string path, object? body)
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (kind is EndpointKind.Api or EndpointKind.Hub)
        {
            request.Headers.Authorization = _token is null ? null : new AuthenticationHeaderValue("Bearer", _token);
            request.Content = method == "GET" ? null : JsonContent.Create(body ?? new { }, options: TestApi.Json);
        }
        else
        {
            if (_cookie is not null)
            {
                request.Headers.Add("Cookie", _cookie);
            }

            request.Content = method == "GET" ? null : new FormUrlEncodedContent([new("matrix", "1")]);
        }

        return await client.SendAsync(request);
    }

    private static async Task<TokenResponse> TokenAsync(AppFactory app, string userName, string password)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(TestApi.Json))!;
    }

    private static async Task<string> SignInCookieAsync(AppFactory app, string userName, string password)
    {
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await browser.GetStringAsync(new Uri("/accedi", UriKind.Relative));
        using var response = await browser.PostAsync(new Uri("/accedi", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accedi",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A large sign-in cookie comes in chunks (filodiretto, filodiretto.C1, …): all of them are sent back.
        return string.Join("; ", response.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("filodiretto", StringComparison.Ordinal))
            .Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
