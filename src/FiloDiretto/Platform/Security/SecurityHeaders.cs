using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticAssets;

namespace FiloDiretto.Platform.Security;

/// <summary>
/// The headers every response carries: a content security policy that runs no inline script but the
/// one import map (by nonce), no framing, no sniffing, no referrer, and no caching of anything but
/// the static assets — cached personal pages were the INPS leak of 2020.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "csp-nonce";

    /// <summary>The nonce of this response's content security policy, for the one inline script Blazor renders (the import map).</summary>
    public static string Nonce(HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurity() is not in the pipeline.");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Hex: nothing in it that HTML would encode, so the header and the attribute read the same.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });

    // 'self' covers the circuit's WebSocket; styles come only from files (no markup here sets a style attribute);
    // Bootstrap Italia's CSS embeds its fonts as data: URLs.
    private static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";
}
