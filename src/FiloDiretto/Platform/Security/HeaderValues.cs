using System.Buffers;

namespace FiloDiretto.Platform.Security;

/// <summary>
/// Refuses a request whose header values carry control characters (CR, LF, NUL…). Kestrel refuses them
/// on the wire; this holds behind any other host or proxy, before a value such as an Idempotency-Key is stored.
/// </summary>
public static class HeaderValues
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), (char)0x7F]);

    public static IApplicationBuilder UseHeaderValueCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                if (value is not null && value.AsSpan().ContainsAny(Controls))
                {
                    await TypedResults.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Richiesta non valida",
                        detail: $"L'intestazione {name} contiene caratteri di controllo.").ExecuteAsync(context);
                    return;
                }
            }
        }

        await next(context);
    });
}
