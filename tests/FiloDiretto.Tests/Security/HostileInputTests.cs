using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Demo;
using FiloDiretto.Tests.Accounts;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Security;

/// <summary>
/// What an attacker or a broken client sends: each is refused with a clear 4xx, the server still
/// answers, and nothing was written.
/// </summary>
public sealed partial class HostileInputTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    public const string Script = "<script>alert('xss')</script><img src=x onerror=alert(1)><b>grassetto</b>";
    public const string Sql = "O'Brien'; DROP TABLE \"Tickets\"; -- \" OR 1=1";

    [Fact]
    public async Task OversizedBodyIs413() => await RefusedAsync(HttpStatusCode.RequestEntityTooLarge, async () =>
    {
        using var client = await app.ClientFor("linea1");
        return await client.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody(description: new string('a', 100_000)));
    });

    [Fact]
    public async Task DeeplyNestedJsonIs400() => await RefusedAsync(HttpStatusCode.BadRequest, async () =>
    {
        using var client = await app.ClientFor("linea1");
        var nested = "{\"category\":\"PAG\",\"extra\":" + new string('[', 200) + new string(']', 200) + "}";
        return await client.PostAsync("/api/v1/tickets", new StringContent(nested, Encoding.UTF8, "application/json"));
    });

    [Fact]
    public async Task InvalidUtf8Is400() => await RefusedAsync(HttpStatusCode.BadRequest, async () =>
    {
        using var client = await app.ClientFor("linea1");
        byte[] body = [.. "{\"description\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return await client.PostAsync("/api/v1/tickets", content);
    });

    [Theory]
    [InlineData("/lib/../appsettings.json")]
    [InlineData("/appsettings.json")]
    [InlineData("/lib/bootstrap-italia/../../../FiloDiretto.dll")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    public async Task PathTraversalFindsNothing(string path) => await RefusedAsync(HttpStatusCode.NotFound, async () =>
    {
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = new PathString(path);
        });
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.DoesNotContain("ConnectionStrings", body);
        return new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode);
    });

    [Theory]
    [InlineData("/api/v1/tickets?category=../../x")]
    [InlineData("/api/v1/tickets?category=..%2F..%2Fx")]
    [InlineData("/api/v1/tickets?status=../../x")]
    [InlineData("/api/v1/citizens/..%2F..%2Fappsettings.json/tickets")]
    public async Task TraversalInNameParametersFindsNothing(string path) => await UnchangedAfterAsync(async () =>
    {
        using var client = await app.ClientFor("linea1");
        return await client.GetAsync(path);
    }, async response =>
    {
        // An unknown category code is an empty result, anything else a validation problem.
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Empty((await response.Content.ReadFromJsonAsync<TicketPage>(TestApi.Json))!.Items);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    });

    [Fact]
    public async Task CategoryCodeWithTraversalIsRefusedAtIntake() => await RefusedAsync(HttpStatusCode.BadRequest, async () =>
    {
        using var client = await app.ClientFor("linea1");
        return await client.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody(category: "../../x"));
    });

    [Fact]
    public async Task ControlCharactersInIdempotencyKeyAre400() => await RefusedAsync(HttpStatusCode.BadRequest, async () =>
    {
        var token = await app.TokenFor("linea1");
        var body = JsonSerializer.SerializeToUtf8Bytes(TestApi.IntakeBody(), TestApi.Json);
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = "/api/v1/tickets";
            c.Request.Headers.Authorization = $"Bearer {token}";
            c.Request.Headers["Idempotency-Key"] = "chiave\r\nSet-Cookie: filodiretto=rubato";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(body);
        });
        Assert.False(context.Response.Headers.ContainsKey("Set-Cookie"));
        return new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode);
    });

    [Theory]
    [InlineData("forged")]
    [InlineData("tampered")]
    [InlineData("expired")]
    public async Task BadBearerTokensAre401(string kind) => await RefusedAsync(HttpStatusCode.Unauthorized, async () =>
    {
        var token = kind switch
        {
            "forged" => Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"user\":\"admin\",\"role\":\"Admin\"}")),
            "tampered" => Tamper(await app.TokenFor("linea1")),
            _ => await app.MintAsync("linea1", app.Clock.GetUtcNow().AddMinutes(-1)),
        };
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody());
    });

    [Fact]
    public async Task AnotherSessionsAntiforgeryTokenIs400()
    {
        using var victim = app.CreateClient();
        using var attacker = app.CreateClient();
        var victimToken = await AntiforgeryTokenAsync(victim);
        var attackerToken = await AntiforgeryTokenAsync(attacker);

        using var own = await attacker.PostAsync("/accedi", SignInForm(attackerToken));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode); // its own token passes (and the password is wrong)

        await RefusedAsync(HttpStatusCode.BadRequest, () => attacker.PostAsync("/accedi", SignInForm(victimToken)));
    }

    [Fact]
    public async Task ForgedLanguageAndSignOutPostsAre400AndChangeNothing()
    {
        using var session = PageSession.Open(app);
        using (var signIn = await session.SignInAsync("linea1", DemoMode.Password))
        {
            Assert.Equal("/", PageSession.Target(signIn));
        }

        using var language = await session.PostWithoutPageAsync("/lingua", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });
        using var signOut = await session.PostWithoutPageAsync("/esci", new Dictionary<string, string>());

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (language.StatusCode, signOut.StatusCode));
        Assert.Contains("Il modulo è scaduto", await PageSession.TextAsync(signOut), StringComparison.Ordinal);
        Assert.False(language.Headers.Contains("Set-Cookie"));
        using (var home = await session.GetAsync(AccountPaths.Profile))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("lang=\"it\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var realSignOut = await session.PostFormAsync(AccountPaths.Profile, "/esci", "esci");
        Assert.Equal("/accedi", PageSession.Target(realSignOut));
    }

    [Fact]
    public async Task ScriptAndHtmlInEveryTextFieldAreStoredAsText()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var (fiscalCode, _, _, number) = TestApi.NewCitizen();

        var ticket = await phone.RecordAsync(new
        {
            citizen = new { fiscalCode, surname = Script[..60], givenName = "<i>Mario</i>", phone = number, email = "a@b.it" },
            category = "PAG",
            description = Script,
            channel = "phone",
            line = 1,
        });
        using (var call = await phone.ActAsync(ticket.Id, "calls", new { note = Script })) { Assert.Equal(HttpStatusCode.OK, call.StatusCode); }
        using (var note = await specialist.ActAsync(ticket.Id, "notes", new { text = Script })) { Assert.Equal(HttpStatusCode.OK, note.StatusCode); }
        using (var take = await specialist.ActAsync(ticket.Id, "take")) { Assert.Equal(HttpStatusCode.OK, take.StatusCode); }
        using (var contact = await specialist.ActAsync(ticket.Id, "contacts", new { channel = "phone", outcome = "reached", note = Script })) { Assert.Equal(HttpStatusCode.OK, contact.StatusCode); }
        using (var resolve = await specialist.ActAsync(ticket.Id, "resolve", new { feedback = Script })) { Assert.Equal(HttpStatusCode.OK, resolve.StatusCode); }

        using var raw = await specialist.GetAsync($"/api/v1/tickets/{ticket.Id}");
        var json = await raw.Content.ReadAsStringAsync();
        var stored = await specialist.GetTicketAsync(ticket.Id);
        Assert.Equal(Script, stored.Description);
        Assert.Equal(Script[..60], stored.Citizen.Surname);
        Assert.Equal("<i>Mario</i>", stored.Citizen.GivenName);
        Assert.Equal("application/json", raw.Content.Headers.ContentType?.MediaType); // with nosniff, never read as a page
        Assert.Equal("nosniff", Assert.Single(raw.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task SqlMetaCharactersRoundTripAndDoNotBreakSearch()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync(TestApi.IntakeBody(description: Sql));

        var stored = await phone.GetTicketAsync(ticket.Id);
        using var search = await phone.GetAsync($"/api/v1/tickets?q={Uri.EscapeDataString("O'Brien'; DROP")}");
        using var always = await phone.GetAsync($"/api/v1/tickets?q={Uri.EscapeDataString("' OR '1'='1")}&limit=200");
        var (tickets, _) = await CountsAsync();

        Assert.Equal(Sql, stored.Description);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains((await search.Content.ReadFromJsonAsync<TicketPage>(TestApi.Json))!.Items, t => t.Id == ticket.Id);
        Assert.Equal(HttpStatusCode.OK, always.StatusCode);
        Assert.True((await always.Content.ReadFromJsonAsync<TicketPage>(TestApi.Json))!.Items.Count < tickets);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>Sends, expects the status, then checks the server answers and the tables did not move.</summary>
    private Task RefusedAsync(HttpStatusCode expected, Func<Task<HttpResponseMessage>> send) =>
        UnchangedAfterAsync(send, response =>
        {
            Assert.Equal(expected, response.StatusCode);
            return Task.CompletedTask;
        });

    private async Task UnchangedAfterAsync(Func<Task<HttpResponseMessage>> send, Func<HttpResponseMessage, Task> check)
    {
        var before = await CountsAsync();

        using (var response = await send())
        {
            await check(response);
        }

        using var anonymous = app.CreateClient();
        using var health = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Tickets, int Events)> CountsAsync()
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return (await db.Tickets.CountAsync(), await db.TicketEvents.CountAsync());
    }

    private static string Tamper(string token)
    {
        var chars = token.ToCharArray();
        var middle = chars.Length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/accedi");
        return AntiforgeryField().Match(html).Groups[1].Value;
    }

    private static FormUrlEncodedContent SignInForm(string antiforgery) => new(new Dictionary<string, string>
    {
        ["_handler"] = "accedi",
        ["__RequestVerificationToken"] = antiforgery,
        ["Input.UserName"] = "linea1",
        ["Input.Password"] = "sbagliata-di-sicuro",
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
