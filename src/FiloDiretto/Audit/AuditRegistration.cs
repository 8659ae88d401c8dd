using Microsoft.AspNetCore.Components.Server.Circuits;

namespace FiloDiretto.Audit;

public static class AuditRegistration
{
    public static void AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(CitizenDigest.Load(builder.Configuration, builder.Environment));
        builder.Services.AddSingleton<AccessLog>();
        builder.Services.AddSingleton<ChainCheck>();
        builder.Services.AddSingleton<PurgeExpiredAccessLog>();
        builder.Services.AddSingleton<AccessLogQueries>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CircuitHandler, ScreenOrigin>();
    }

    /// <summary>Stamps each request with its endpoint and client address for the access log; after routing, so the endpoint is known.</summary>
    public static void UseAccessOrigin(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var origin = AccessOrigin.Of(context);
            AccessOrigin.Set(() => origin);
            await next(context);
        });
}
