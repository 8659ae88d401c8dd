using System.Text.RegularExpressions;

namespace FiloDiretto.Audit;

/// <summary>
/// Where the current access comes from: an endpoint ("GET /api/v1/tickets/{id}") or a screen ("screen:/coda"),
/// and the client's address. Ambient, like the current culture, so the use cases need not carry it.
/// </summary>
public sealed partial record AccessOrigin(string Channel, string? RemoteAddress)
{
    private static readonly AsyncLocal<Func<AccessOrigin>?> Ambient = new();

    /// <summary>Work that no request or screen started (a background job).</summary>
    public static readonly AccessOrigin System = new("system", null);

    public static AccessOrigin Current => Ambient.Value?.Invoke() ?? System;

    /// <summary>Read lazily: a screen's channel is the page shown when the access happens, not when the activity began.</summary>
    public static void Set(Func<AccessOrigin> origin) => Ambient.Value = origin;

    public static AccessOrigin Of(HttpContext context)
    {
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        // The route pattern, never the path: a path may carry a fiscal code.
        var channel = route is null ? "(no route)" : Constraints().Replace(route, "{$1}").TrimEnd('/');
        return new AccessOrigin($"{context.Request.Method} {channel}", context.Connection.RemoteIpAddress?.ToString());
    }

    public static AccessOrigin OfScreen(string relativePath, string? remoteAddress)
    {
        var page = relativePath.Split(['/', '?', '#'], 2)[0];
        return new AccessOrigin($"screen:/{page}", remoteAddress);
    }

    [GeneratedRegex(@"\{\**(\w+)[^}]*\}")]
    private static partial Regex Constraints();
}
