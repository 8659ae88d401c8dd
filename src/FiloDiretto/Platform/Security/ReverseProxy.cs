using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;

namespace FiloDiretto.Platform.Security;

/// <summary>
/// Behind the institution's reverse proxy, the client's address (rate limits, access log) and scheme (HSTS, secure
/// cookies) come from X-Forwarded-For and X-Forwarded-Proto — believed only from the proxies named in
/// <c>ReverseProxy:Trusted</c> (addresses or CIDR networks), so a client connecting directly cannot pick its own address.
/// </summary>
public static class ReverseProxy
{
    public const string Trusted = "ReverseProxy:Trusted";

    public static void Add(WebApplicationBuilder builder)
    {
        var trusted = TrustedNetworks(builder.Configuration.GetSection(Trusted));
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            trusted.ForEach(o.KnownIPNetworks.Add);
        });
    }

    public static void Use(WebApplication app)
    {
        if (app.Configuration.GetSection(Trusted).Exists())
        {
            app.UseForwardedHeaders();
        }
    }

    private static List<System.Net.IPNetwork> TrustedNetworks(IConfigurationSection section) =>
        section.Get<string[]>()?.Select(text =>
        {
            var cidr = text.Contains('/', StringComparison.Ordinal) || !IPAddress.TryParse(text, out var address)
                ? text
                : $"{text}/{(address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32)}";
            return System.Net.IPNetwork.TryParse(cidr, out var network)
                ? network
                : throw new InvalidOperationException($"{Trusted}: \"{text}\" is not an IP address or network.");
        }).ToList() ?? [];
}
