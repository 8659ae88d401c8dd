using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Demo;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FiloDiretto.Tests.Security;

/// <summary>The limits switched on and shrunk, so a test reaches them in a few requests.</summary>
public sealed class RateLimitedFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Enabled", "true");
        builder.UseSetting("RateLimiting:SignIn:PermitLimit", "3");
        builder.UseSetting("RateLimiting:Token:PermitLimit", "5");
        builder.UseSetting("RateLimiting:Intake:PermitLimit", "2");
    }
}

/// <summary>The limits above, behind a reverse proxy the configuration names.</summary>
public sealed class ProxiedFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Enabled", "true");
        builder.UseSetting("RateLimiting:SignIn:PermitLimit", "3");
        builder.UseSetting("ReverseProxy:Trusted:0", "10.0.0.0/8");
    }
}

public sealed class ReverseProxyTests(ProxiedFactory app) : IClassFixture<ProxiedFactory>
{
    [Fact]
    public async Task BehindTheProxyEachClientAddressHasItsOwnSignInLimit()
    {
        using var client = app.CreateClient();

        var first = await SignInStatusesAsync(client, "203.0.113.7", 4);
        var second = await SignInStatusesAsync(client, "203.0.113.8", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, first[3]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, first[..3]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second[0]);
    }

    internal static async Task<List<HttpStatusCode>> SignInStatusesAsync(HttpClient client, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/accedi")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "accedi" }),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}

public sealed class RateLimitTests(RateLimitedFactory app) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task WithoutAConfiguredProxyAForgedForwardedAddressDoesNotEscapeTheLimit()
    {
        using var client = app.CreateClient();

        var statuses = await ReverseProxyTests.SignInStatusesAsync(client, "198.51.100.1", 3);
        statuses.AddRange(await ReverseProxyTests.SignInStatusesAsync(client, "198.51.100.2", 1));

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task TokenRequestsBeyondTheLimitGet429WithRetryAfter()
    {
        using var anonymous = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nessuno", password = "sbagliata" });
            statuses.Add(response.StatusCode);
        }

        using var refused = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = "linea1", password = DemoMode.Password });

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var problem = await refused.ProblemAsync();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task SignInFormPostsBeyondTheLimitGet429AndAnItalianPage()
    {
        using var anonymous = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        var text = "";
        for (var i = 0; i < 4; i++)
        {
            using var response = await anonymous.PostAsync("/accedi", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "accedi" }));
            statuses.Add(response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.Contains("<html lang=\"it\">", text, StringComparison.Ordinal);
        Assert.Matches(@"Riprovare tra \d+ secondi\.", text);
    }

    [Fact]
    public async Task IntakeIsLimitedPerUserNotPerOffice()
    {
        using var linea1 = await app.MintedClientFor("linea1");
        using var linea2 = await app.MintedClientFor("linea2");
        await linea1.RecordAsync();
        await linea1.RecordAsync();

        using var third = await linea1.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody());
        using var colleague = await linea2.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody());

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.Created, colleague.StatusCode);
    }

    [Fact]
    public async Task ReadsAreNeverLimited()
    {
        using var linea1 = await app.MintedClientFor("linea1");
        for (var i = 0; i < 20; i++)
        {
            using var response = await linea1.GetAsync("/api/v1/tickets?limit=1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
