using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Accounts;

/// <summary>
/// Until the first administrator exists nothing else works: pages lead to the set-up page, the API
/// answers 503. Once set up, the answer is remembered and costs nothing.
/// </summary>
public sealed class FirstRun(IDbContextFactory<AppDbContext> contexts)
{
    public const string SetupPath = "/avvio";
    private volatile bool _complete;

    public async ValueTask<bool> IsCompleteAsync(CancellationToken ct)
    {
        if (_complete)
        {
            return true;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        _complete = await db.Users.AnyAsync(ct);
        return _complete;
    }

    public void MarkComplete() => _complete = true;
}

public static class FirstRunMiddleware
{
    private static readonly string[] AlwaysOpen = [FirstRun.SetupPath, "/health", "/_framework", "/_blazor", "/lib", "/css", "/favicon", "/openapi"];

    public static void UseFirstRun(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (AlwaysOpen.Any(p => path.StartsWithSegments(p)) || Path.HasExtension(path.Value)
            || await context.RequestServices.GetRequiredService<FirstRun>().IsCompleteAsync(context.RequestAborted))
        {
            await next(context);
            return;
        }

        if (path.StartsWithSegments("/api"))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Configurazione iniziale richiesta",
                detail: $"Creare l'amministratore dalla pagina {FirstRun.SetupPath}.").ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(FirstRun.SetupPath);
    });
}
