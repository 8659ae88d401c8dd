using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Platform.Security;

public static class SecurityRegistration
{
    public static void AddSecurity(this WebApplicationBuilder builder)
    {
        RequestLimits.Add(builder);
        RateLimits.Add(builder);
        ReverseProxy.Add(builder);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        // Resolved lazily, so providers added after this line (the tests' capturing one) are masked too.
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services => new RedactingLoggerFactory(new LoggerFactory(
            services.GetServices<ILoggerProvider>(),
            services.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            services.GetService<IOptions<LoggerFactoryOptions>>(),
            services.GetService<IExternalScopeProvider>()))));
    }

    /// <summary>First in the pipeline, so every response — errors and redirects included — carries the headers, and sees the real client.</summary>
    public static void UseSecurity(this WebApplication app)
    {
        ReverseProxy.Use(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseHeaderValueCheck();
        RequestLimits.UseApiBodyLimit(app);
    }

    /// <summary>After authentication: the intake is limited per user.</summary>
    public static void UseRateLimits(this WebApplication app) => RateLimits.UseRateLimits(app);
}
