using Microsoft.AspNetCore.Http.Features;

namespace FiloDiretto.Platform.Security;

/// <summary>Bounds on what a client may send: the API's JSON bodies are small, the pages' forms a little larger.</summary>
public sealed class RequestLimits
{
    public const string Section = "RequestLimits";

    /// <summary>An intake with a 4,000-character description is under 10 KB; 64 KB leaves room without inviting abuse.</summary>
    public long ApiBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Every other request (the pages' forms, the circuit's negotiation).</summary>
    public long BodyBytes { get; set; } = 1024 * 1024;

    public static void Add(WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(Section).Get<RequestLimits>() ?? new RequestLimits();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = limits.BodyBytes);
        builder.Services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = limits.BodyBytes;
            o.ValueCountLimit = 200;
        });
    }

    public static IApplicationBuilder UseApiBodyLimit(IApplicationBuilder app)
    {
        var limits = app.ApplicationServices.GetRequiredService<RequestLimits>();
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                // A declared length is refused before reading; Kestrel stops an undeclared one at the limit.
                if (context.Request.ContentLength > limits.ApiBodyBytes)
                {
                    await TypedResults.Problem(
                        statusCode: StatusCodes.Status413PayloadTooLarge,
                        title: "Richiesta non valida",
                        detail: "Il corpo della richiesta è troppo grande.").ExecuteAsync(context);
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = limits.ApiBodyBytes;
                }
            }

            await next(context);
        });
    }
}
