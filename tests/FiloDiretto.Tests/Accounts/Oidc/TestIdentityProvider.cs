using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FiloDiretto.Tests.Accounts.Oidc;

/// <summary>
/// A real OpenID Connect provider (OpenIddict, stores in an in-memory SQLite database) on a loopback port. Its
/// authorization endpoint signs in <see cref="Subject"/> without asking anything, as a single sign-on would.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "filodiretto";
    public const string ClientSecret = "segreto-di-prova-per-i-test";

    private readonly SqliteConnection _database = new("Data Source=:memory:");
    private WebApplication? _host;

    /// <summary>The user name the provider vouches for at the next sign-in; null: the provider refuses (access_denied).</summary>
    public string? Subject { get; set; }

    /// <summary>The next id_tokens name another user than the one signed in, keeping the provider's signature: a forgery.</summary>
    public string? ForgedSubject { get; set; }

    public string Authority { get; private set; } = "";

    public async Task StartAsync()
    {
        await _database.OpenAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite(_database).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Profile, Scopes.Email);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });

        _host = builder.Build();
        _host.Use(ForgeIdTokens);
        _host.UseAuthentication();
        _host.MapMethods("connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        await _host.StartAsync();
        Authority = _host.Urls.Single() + "/";

        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();

        // OpenIddict's first answer takes seconds on a busy machine: taken here, not inside a test's timeout.
        using var warmUp = new HttpClient();
        using var discovery = await warmUp.GetAsync(new Uri(Authority + ".well-known/openid-configuration"));
        discovery.EnsureSuccessStatusCode();
    }

    /// <summary>Registers the app as a confidential client whose sign-ins come back to <paramref name="redirectUri"/>.</summary>
    public async Task RegisterClientAsync(string redirectUri)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(redirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()!;
        if (Subject is not { } subject)
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.PreferredUsername, subject).SetClaim(Claims.Name, subject);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task ForgeIdTokens(HttpContext context, RequestDelegate next)
    {
        if (ForgedSubject is not { } forged || context.Request.Path != "/connect/token")
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context);
        var answer = JsonNode.Parse(buffer.ToArray())!;
        var parts = answer["id_token"]!.GetValue<string>().Split('.');
        var payload = JsonNode.Parse(Base64UrlTextEncoder.Decode(parts[1]))!;
        payload["preferred_username"] = forged;
        payload["sub"] = forged;
        parts[1] = Base64UrlTextEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        answer["id_token"] = string.Join('.', parts);
        var body = Encoding.UTF8.GetBytes(answer.ToJsonString());
        context.Response.Body = original;
        context.Response.ContentLength = body.Length;
        await original.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}
