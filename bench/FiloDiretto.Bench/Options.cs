using System.Globalization;
using System.Text.Json.Serialization;

namespace FiloDiretto.Bench;

/// <summary>The scenario of one run, from the command line.</summary>
internal sealed record BenchOptions(
    Uri Url,
    int Clients,
    int Seconds,
    int Listeners,
    double Rate,
    int WarmupSeconds,
    string User,
    string ListenUser,
    [property: JsonIgnore] string Password)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/FiloDiretto.Bench -- [options]
          --url URL             base address of a running server (default http://127.0.0.1:5080)
          --clients C           concurrent intake clients (default 32)
          --seconds S           measured seconds, after the warm-up (default 20)
          --listeners M         hub connections listening for pushes (default 1)
          --rate R              intakes/s spread over the clients; 0 = closed loop, as fast as possible (default 0)
          --warmup W            seconds of load not counted in the figures (default 3)
          --user NAME           phone operator who files the intakes (default linea1)
          --listen-user NAME    office user the listeners sign in as (default responsabile)
          --password PASSWORD   password of both users (default FiloDiretto!2026)
        """;

    private static readonly string[] Names =
        ["--url", "--clients", "--seconds", "--listeners", "--rate", "--warmup", "--user", "--listen-user", "--password"];

    public bool IsOpenLoop => Rate > 0;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!Names.Contains(args[i], StringComparer.Ordinal))
            {
                throw Invalid($"Unknown option '{args[i]}'.");
            }

            if (i + 1 >= args.Count)
            {
                throw Invalid($"Option {args[i]} needs a value.");
            }

            values[args[i]] = args[i + 1];
        }

        var options = new BenchOptions(
            Url: ParseUrl(values.GetValueOrDefault("--url", "http://127.0.0.1:5080")),
            Clients: ParseInt(values, "--clients", 32, min: 1),
            Seconds: ParseInt(values, "--seconds", 20, min: 1),
            Listeners: ParseInt(values, "--listeners", 1, min: 0),
            Rate: ParseRate(values.GetValueOrDefault("--rate", "0")),
            WarmupSeconds: ParseInt(values, "--warmup", 3, min: 0),
            User: values.GetValueOrDefault("--user", "linea1"),
            ListenUser: values.GetValueOrDefault("--listen-user", "responsabile"),
            Password: values.GetValueOrDefault("--password", "FiloDiretto!2026"));

        // Timers tick in whole milliseconds: a faster per-client period would silently under-deliver the rate.
        if (options.IsOpenLoop && options.Clients / options.Rate < 0.001)
        {
            throw Invalid($"--rate {options.Rate} needs at least {Math.Ceiling(options.Rate / 1000)} clients (one intake per client per millisecond at most).");
        }

        return options;
    }

    private static Uri ParseUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw Invalid($"--url must be an absolute http(s) address, not '{text}'.");
        }

        // A trailing slash makes relative paths like "api/v1/tickets" resolve under a path base too.
        return url.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/");
    }

    private static int ParseInt(Dictionary<string, string> values, string name, int fallback, int min)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw Invalid($"{name} must be a whole number ≥ {min}, not '{text}'.");
    }

    private static double ParseRate(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && double.IsFinite(rate) && rate >= 0
            ? rate
            : throw Invalid($"--rate must be a number ≥ 0, not '{text}'.");

    private static BenchFailure Invalid(string message) =>
        new($"{message}{Environment.NewLine}{Environment.NewLine}{Usage}", BenchFailure.BadArguments);
}
