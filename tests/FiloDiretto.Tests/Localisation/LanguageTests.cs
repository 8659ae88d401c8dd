using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FiloDiretto.Citizens;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FiloDiretto.Tests.Localisation;

/// <summary>Italian unless the user chooses English; the choice reaches the pages and the domain's messages.</summary>
public sealed partial class LanguageTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    [Fact]
    public async Task PagesAreItalianEvenWhenTheBrowserPrefersEnglish()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var html = await client.GetStringAsync(new Uri("/accedi", UriKind.Relative));

        Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Accedi</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingEnglishSwitchesThePagesAndGoesBack()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync(new Uri("/accedi", UriKind.Relative));
        var token = AntiforgeryToken().Match(form).Groups["token"].Value;

        using var choice = await client.PostAsync(new Uri("/lingua", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = "/accedi",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, choice.StatusCode);
        Assert.Equal("/accedi", choice.Headers.Location?.OriginalString);
        var html = await client.GetStringAsync(new Uri("/accedi", UriKind.Relative));
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Sign in</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Italiano</button>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/accedi")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task TheLanguageChoiceNeverRedirectsOffSite(string returnUrl)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync(new Uri("/accedi", UriKind.Relative));

        using var choice = await client.PostAsync(new Uri("/lingua", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups["token"].Value,
        }));

        Assert.Equal("/", choice.Headers.Location?.OriginalString);
    }

    [Fact]
    public void TheDomainExplainsInTheUsersLanguage()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("it-IT");
            Assert.Equal("Il carattere di controllo è errato: atteso Y, trovato Z.", FiscalCode.Parse("RSSMRA68A01H501Z", Today).Message);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("The check character is wrong: expected Y, found Z.", FiscalCode.Parse("RSSMRA68A01H501Z", Today).Message);
            Assert.Equal("The number is too short: digits are missing.", ItalianPhone.Parse("347").Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [GeneratedRegex("""action="/lingua".*?name="__RequestVerificationToken" value="(?<token>[^"]+)""", RegexOptions.Singleline)]
    private static partial Regex AntiforgeryToken();
}
