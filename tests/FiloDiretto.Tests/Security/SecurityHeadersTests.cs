using System.Net;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Security;

public sealed class SecurityHeadersTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Theory]
    [InlineData("/accedi")]
    [InlineData("/api/v1/tickets")]
    [InlineData("/pagina-che-non-esiste")]
    public async Task EveryResponseForbidsFramingSniffingReferrerAndInlineScript(string path)
    {
        using var client = await app.ClientFor("linea1");

        using var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Matches("script-src 'self' 'nonce-[0-9A-F]{32}';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task PagesAndApiAreNeverCachedButStaticAssetsAre()
    {
        using var client = await app.ClientFor("linea1");

        using var api = await client.GetAsync("/api/v1/tickets");
        using var page = await client.GetAsync("/accedi");
        using var css = await client.GetAsync("/app.css");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.True(api.Headers.CacheControl!.NoStore);
        Assert.True(page.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.False(css.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task TheImportMapRunsOnlyWithThisResponsesNonce()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/accedi");

        var html = await response.Content.ReadAsStringAsync();
        var nonce = System.Text.RegularExpressions.Regex.Match(Assert.Single(response.Headers.GetValues("Content-Security-Policy")), "'nonce-([^']+)'").Groups[1].Value;
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", html);
    }
}
