using Microsoft.Extensions.Localization;

namespace FiloDiretto.Audit;

/// <summary><c>filodiretto audit verify</c>: checks every office's chain instead of starting the web server.</summary>
public static class AuditCommand
{
    public static bool Requested(string[] args) =>
        args.Index().Any(a => a.Item == "audit" && a.Index + 1 < args.Length && args[a.Index + 1] == "verify");

    /// <summary>Prints the outcome; 0 when every chain holds, 1 at the first broken link.</summary>
    public static async Task<int> VerifyAccessLogAsync(this IServiceProvider services, TextWriter output)
    {
        var l = services.GetRequiredService<IStringLocalizer<ChainCheck>>();
        var report = await services.GetRequiredService<ChainCheck>().VerifyAsync(CancellationToken.None);
        if (report.Broken is not { } broken)
        {
            await output.WriteLineAsync(l["Intact", report.Checked]);
            return 0;
        }

        await output.WriteLineAsync(l["Broken", broken.OfficeCode, broken.Seq, l[$"Problem.{broken.Problem}", broken.Detail]]);
        return 1;
    }
}
