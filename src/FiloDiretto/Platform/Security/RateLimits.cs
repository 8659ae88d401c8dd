using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FiloDiretto.Platform.Security;

/// <summary>One limit: so many requests per window, none queued.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Limits on the three doors an attacker leans on: guessing passwords (sign-in page and token, per
/// client address) and flooding the queue (intake, per user). Sized so no real office ever meets them.
/// </summary>
public sealed class RateLimits
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>A whole office behind one address signs in around 08:00; 20 a minute still leaves a guesser 5 tries per account before lockout.</summary>
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 20 };

    /// <summary>Tokens last 10 hours: a client asks for one a day, a script that asks 20 times a minute is guessing.</summary>
    public WindowLimit Token { get; set; } = new() { PermitLimit = 20 };

    /// <summary>An operator records at most a call a minute; 120 leaves a phone-line integration's bursts alone and stops a loop.</summary>
    public WindowLimit Intake { get; set; } = new() { PermitLimit = 120 };

    public static void Add(WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(Section).Get<RateLimits>() ?? new RateLimits();
        builder.Services.AddSingleton(limits);
        if (!limits.Enabled)
        {
            return;
        }

        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => DoorOf(context) switch
            {
                Door.SignIn => Window($"sign-in:{Address(context)}", limits.SignIn),
                Door.Token => Window($"token:{Address(context)}", limits.Token),
                Door.Intake => Window($"intake:{context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Address(context)}", limits.Intake),
                _ => RateLimitPartition.GetNoLimiter(""),
            });
            o.OnRejected = (rejected, _) => RejectAsync(rejected.HttpContext, rejected.Lease);
        });
    }

    public static IApplicationBuilder UseRateLimits(IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<RateLimits>().Enabled ? app.UseRateLimiter() : app;

    private enum Door
    {
        None,
        SignIn,
        Token,
        Intake,
    }

    private static Door DoorOf(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return Door.None;
        }

        var path = context.Request.Path.Value?.TrimEnd('/');
        return path switch
        {
            "/accedi" => Door.SignIn,
            "/api/v1/auth/token" => Door.Token,
            "/api/v1/tickets" => Door.Intake,
            _ => Door.None,
        };
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Window(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (DoorOf(context) == Door.SignIn)
        {
            // A person at the sign-in page reads a page, not a problem document.
            await TypedResults.Content(SignInPause(seconds), "text/html; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
            return;
        }

        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Troppe richieste",
            detail: $"Troppe richieste in poco tempo da questo indirizzo o utente. Riprovare tra {seconds} secondi.")
            .ExecuteAsync(context);
    }

    private static string SignInPause(int seconds) =>
        $$"""
        <!DOCTYPE html>
        <html lang="it">
        <head><meta charset="utf-8" /><title>Troppi tentativi di accesso — FiloDiretto</title>
        <link rel="stylesheet" href="/lib/bootstrap-italia/css/bootstrap-italia.min.css" /></head>
        <body><main class="container my-5">
        <h1>Troppi tentativi di accesso</h1>
        <p>Da questo indirizzo sono arrivati troppi tentativi di accesso in poco tempo. Riprovare tra {{seconds}} secondi.</p>
        <p><a href="/accedi">Torna alla pagina di accesso</a></p>
        </main></body>
        </html>
        """;
}
