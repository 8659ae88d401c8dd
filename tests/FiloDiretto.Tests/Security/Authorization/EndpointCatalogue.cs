using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.StaticAssets;

namespace FiloDiretto.Tests.Security.Authorization;

public enum EndpointKind
{
    Api,
    Hub,
    Page,
    Site,
}

/// <summary>One route of the app as a caller reaches it; <see cref="Key"/> is its line in <see cref="Classification"/>.</summary>
public sealed record AppEndpoint(IReadOnlyList<string> Methods, string Route, EndpointKind Kind)
{
    public string Key => $"{(Methods.Count == 0 ? "ANY" : string.Join(',', Methods))} {Route}";

    /// <summary>The HTTP methods to try: a hub or a Blazor circuit endpoint without methods is reached by POST (negotiate) or GET.</summary>
    public IReadOnlyList<string> MethodsToCall => Methods.Count > 0 ? Methods : [Route.EndsWith("/negotiate", StringComparison.Ordinal) ? "POST" : "GET"];
}

/// <summary>Every endpoint the running app serves, read from its routing, the way a caller sees them.</summary>
public static class EndpointCatalogue
{
    public static IReadOnlyList<AppEndpoint> Read(EndpointDataSource source) =>
        [.. source.Endpoints
            .OfType<RouteEndpoint>()
            // Files of wwwroot and of packages: public by nature, and hundreds of them.
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => new AppEndpoint(
                [.. (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != "HEAD")],
                "/" + e.RoutePattern.RawText!.Trim('/'),
                KindOf(e)))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Route, StringComparer.Ordinal)];

    private static EndpointKind KindOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null ? EndpointKind.Page
        : endpoint.Metadata.GetMetadata<HubMetadata>() is not null ? EndpointKind.Hub
        : endpoint.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) ? EndpointKind.Api
        : EndpointKind.Site;
}
