using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;

namespace FiloDiretto.Platform;

/// <summary>
/// Machines (API, hub) get RFC 9457 problem details for every error, never a stack trace or an HTML
/// page; people get the Italian error pages.
/// </summary>
public static class ErrorHandling
{
    public static void AddErrorHandling(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions.Remove("exception");
            if (context.Exception is BadHttpRequestException bad)
            {
                problem.Status = bad.StatusCode;
                problem.Title = "Richiesta non valida";
                problem.Detail = bad.InnerException is JsonException json
                    ? $"Il corpo della richiesta non è un JSON valido o un campo ha un tipo errato ({json.Path ?? "$"})."
                    : bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                        ? "Il corpo della richiesta è troppo grande."
                        : "La richiesta non è nel formato atteso.";
            }
            // Hide only what an exception would reveal; a deliberate 5xx (the first run's 503) keeps its words.
            else if (problem.Status >= 500 && (context.Exception is not null || problem.Detail is null))
            {
                problem.Title = "Errore interno";
                problem.Detail = "La richiesta non è stata completata; nulla è stato salvato a metà. Riprovare.";
            }
        });

        // Binding failures become exceptions, so the handler above can say what was wrong with the body.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.MaxDepth = 32);
    }

    public static void UseErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsMachine, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages();
        });

        app.UseWhen(context => !IsMachine(context), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/Error", createScopeForErrors: true);
            }

            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
    }

    private static bool IsMachine(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs");
}
