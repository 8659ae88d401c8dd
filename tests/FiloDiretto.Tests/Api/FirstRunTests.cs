using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Tests.Infrastructure;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Api;

/// <summary>A fresh installation: migrated, no demo, nobody yet.</summary>
public sealed class EmptySqliteFactory : SqliteFactory
{
    protected override bool SeedDemo => false;

    // The journey uses the new administrator's API token at once; the enrolment it would need first is tested in Accounts/.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(AccountOptions.RequireTwoFactorKey, "false");
    }
}

public sealed class EmptyPostgresFactory : PostgresFactory
{
    protected override bool SeedDemo => false;

    // The journey uses the new administrator's API token at once; the enrolment it would need first is tested in Accounts/.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(AccountOptions.RequireTwoFactorKey, "false");
    }
}

/// <summary>
/// One journey per fixture, in order: the state before the administrator exists is what the later
/// steps change, so they cannot be separate tests sharing the database.
/// </summary>
public abstract class FirstRunTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string AdminPassword = "Password!2026x";

    [Fact]
    public async Task NothingWorksUntilTheAdministratorIsCreatedFromTheSetupPageThenOnlyOnce()
    {
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        // Before: the API says why it cannot serve, the pages lead to the set-up, the probes answer.
        using (var categories = await browser.GetAsync("/api/v1/categories"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, categories.StatusCode);
            Assert.Equal(503, (await categories.ProblemAsync()).GetProperty("status").GetInt32());
        }

        using (var token = await browser.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = AdminPassword }))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, token.StatusCode);
        }

        foreach (var page in new[] { "/", "/coda", "/accedi" })
        {
            using var response = await browser.GetAsync(page);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
                $"{page} answered {(int)response.StatusCode}.");
            Assert.Equal("/avvio", response.Headers.Location?.OriginalString);
        }

        using (var ready = await browser.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        using (var live = await browser.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        var form = await SetupPage.FormAsync(browser);

        // A bad submission: Italian messages beside the fields, nothing stored.
        var bad = await SetupPage.SubmitAsync(browser, form, officeCode: "1", password: "");
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Equal(["Da 2 a 4 lettere, ad esempio LT."], SetupPage.FieldErrors(bad.Html, "OfficeCode"));
        Assert.Equal(["Campo obbligatorio."], SetupPage.FieldErrors(bad.Html, "Password"));
        Assert.Empty(SetupPage.FieldErrors(bad.Html, "UserName"));
        Assert.Equal((0, 0), await CountUsersAndOfficesAsync());

        // A password the account rules refuse: the office written before the user must be rolled back too.
        var weak = await SetupPage.SubmitAsync(browser, form, officeCode: "LT", password: "solominuscole");
        Assert.Equal(HttpStatusCode.OK, weak.Status);
        Assert.NotEmpty(SetupPage.FieldErrors(weak.Html, "Password"));
        Assert.Empty(SetupPage.FieldErrors(weak.Html, "OfficeCode"));
        Assert.Equal((0, 0), await CountUsersAndOfficesAsync());
        using (var stillClosed = await browser.GetAsync("/api/v1/categories"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, stillClosed.StatusCode);
        }

        // The good one.
        var good = await SetupPage.SubmitAsync(browser, form, officeCode: "lt", password: AdminPassword);
        Assert.True(
            good.Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
                ? good.Location?.EndsWith("/accedi", StringComparison.Ordinal) == true
                : good.Status == HttpStatusCode.OK && !good.Html.Contains("field-error", StringComparison.Ordinal),
            $"Setup answered {(int)good.Status} {good.Location}: {good.Html}");
        Assert.Equal((1, 1), await CountUsersAndOfficesAsync());

        using var admin = await app.SignInAsync("admin1", AdminPassword);
        var adminCategories = await admin.GetFromJsonAsync<List<CategoryView>>("/api/v1/categories", TestApi.Json);
        Assert.Equal(24, adminCategories!.Count);
        await using (var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var office = await db.Offices.SingleAsync();
            Assert.Equal("LT", office.Code);
            var user = await db.Users.SingleAsync();
            Assert.Equal((Role.Admin, office.Id, "Amministratrice di prova"), (user.Role, user.OfficeId, user.DisplayName));
        }

        using (var home = await browser.GetAsync("/"))
        {
            Assert.NotEqual("/avvio", home.Headers.Location?.OriginalString);
        }

        // Once set up, the page says so and a second submission creates nobody.
        using (var again = await browser.GetAsync("/avvio"))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var html = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
            Assert.Contains("già configurato", html, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"Input.Password\"", html, StringComparison.Ordinal);
        }

        var second = await SetupPage.SubmitAsync(browser, form, officeCode: "RM", password: AdminPassword, userName: "admin2");
        Assert.True((int)second.Status < 500, $"Second setup answered {(int)second.Status}.");
        Assert.Equal((1, 1), await CountUsersAndOfficesAsync());
        using var anonymous = app.CreateClient();
        using var intruder = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin2", password = AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, intruder.StatusCode);
    }

    private async Task<(int Users, int Offices)> CountUsersAndOfficesAsync()
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return (await db.Users.CountAsync(), await db.Offices.CountAsync());
    }
}

public sealed class FirstRunTestsOnSqlite(EmptySqliteFactory app) : FirstRunTests<EmptySqliteFactory>(app);

public sealed class FirstRunTestsOnPostgres(EmptyPostgresFactory app) : FirstRunTests<EmptyPostgresFactory>(app);

/// <summary>What a fresh installation tells people before anyone exists; these tests never create anybody.</summary>
public abstract class FirstRunTestsBeforeSetup<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task ApiExplainsThatTheSetupPageMustBeUsedFirst()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/v1/tickets");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal("Configurazione iniziale richiesta", problem.GetProperty("title").GetString());
        Assert.Contains("/avvio", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordRulesAreExplainedInItalianOnTheSetupPage()
    {
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await SetupPage.FormAsync(browser);

        var weak = await SetupPage.SubmitAsync(browser, form, officeCode: "LT", password: "solominuscole");

        var messages = SetupPage.FieldErrors(weak.Html, "Password");
        Assert.NotEmpty(messages);
        var english = new IdentityErrorDescriber();
        string[] untranslated =
        [
            english.PasswordRequiresDigit().Description,
            english.PasswordRequiresUpper().Description,
            english.PasswordRequiresNonAlphanumeric().Description,
        ];
        Assert.All(messages, m => Assert.DoesNotContain(m, untranslated));
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Users.CountAsync());
    }
}

public sealed class FirstRunTestsBeforeSetupOnSqlite(EmptySqliteFactory app) : FirstRunTestsBeforeSetup<EmptySqliteFactory>(app);

public sealed class FirstRunTestsBeforeSetupOnPostgres(EmptyPostgresFactory app) : FirstRunTestsBeforeSetup<EmptyPostgresFactory>(app);

/// <summary>The set-up page as a browser without JavaScript uses it: read the form, post it back.</summary>
internal static partial class SetupPage
{
    public sealed record Form(string Handler, string AntiforgeryToken);

    public sealed record Submission(HttpStatusCode Status, string? Location, string Html);

    public static async Task<Form> FormAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync("/avvio");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "OfficeCode", "OfficeName", "UserName", "DisplayName", "Password" })
        {
            Assert.Contains($"name=\"Input.{field}\"", html, StringComparison.Ordinal);
        }

        var handler = HiddenInput(html, "_handler");
        Assert.Equal("avvio", handler);
        return new Form(handler, HiddenInput(html, "__RequestVerificationToken"));
    }

    public static async Task<Submission> SubmitAsync(HttpClient browser, Form form, string officeCode, string password, string userName = "admin1")
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = form.Handler,
            ["__RequestVerificationToken"] = form.AntiforgeryToken,
            ["Input.OfficeCode"] = officeCode,
            ["Input.OfficeName"] = "INPS — Direzione provinciale di Latina",
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Amministratrice di prova",
            ["Input.Password"] = password,
        });
        using var response = await browser.PostAsync("/avvio", content);
        return new Submission(
            response.StatusCode,
            response.Headers.Location?.OriginalString,
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static string HiddenInput(string html, string name)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            if (input.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal))
            {
                var value = ValueAttribute().Match(input.Value);
                Assert.True(value.Success, $"{input.Value} has no value.");
                return WebUtility.HtmlDecode(value.Groups[1].Value);
            }
        }

        Assert.Fail($"The page has no input named {name}.");
        return "";
    }

    public static List<string> FieldErrors(string html, string field) =>
        [.. FieldError().Matches(html).Where(m => m.Groups[1].Value == field)
            .SelectMany(m => Paragraph().Matches(m.Groups[2].Value)).Select(p => p.Groups[1].Value)];

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<div class=\"field-error\" id=\"([A-Za-z]+)-errore\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex FieldError();

    [GeneratedRegex("<p[^>]*>([^<]*)</p>")]
    private static partial Regex Paragraph();
}
