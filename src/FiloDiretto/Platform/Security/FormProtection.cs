using Microsoft.AspNetCore.Antiforgery;

namespace FiloDiretto.Platform.Security;

/// <summary>
/// The site's plain form posts outside the components (language, sign-out) check the antiforgery token themselves:
/// a forged or replayed post gets a clear 400, where the automatic check would end in an exception page.
/// </summary>
public static class FormProtection
{
    public static RouteHandlerBuilder RequireFormToken(this RouteHandlerBuilder endpoint) =>
        endpoint.DisableAntiforgery().AddEndpointFilter(async (context, next) =>
            await context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context.HttpContext)
                ? await next(context)
                : TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Richiesta non valida",
                    detail: "Il modulo è scaduto o non proviene da questa pagina: ricaricare la pagina e riprovare."));
}
