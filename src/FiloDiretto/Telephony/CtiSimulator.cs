using System.Globalization;
using System.Net.Http.Json;

namespace FiloDiretto.Telephony;

/// <summary>
/// <c>cti simulate</c>: a telephone system in a box. Posts realistic calls to a running FiloDiretto over real HTTP —
/// ringing, then answered by the operator and hung up, or, one call in three, missed — so anyone can try the pop-up.
/// </summary>
public static class CtiSimulator
{
    public const string Usage =
        "cti simulate --url http://localhost:5080 --key <chiave> --user linea1 [--from +39347…] [--calls N] [--line 1] [--ring-seconds 4] [--talk-seconds 20]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        var options = Read(args);
        if (options is null)
        {
            await output.WriteLineAsync("Uso: dotnet run --project src/FiloDiretto -- " + Usage);
            return 2;
        }

        using var client = new HttpClient { BaseAddress = options.Url };
        client.DefaultRequestHeaders.Add(CtiKeys.Header, options.Key);
        var random = new Random();
        for (var n = 1; n <= options.Calls; n++)
        {
            var callId = $"sim-{Guid.NewGuid():N}";
            var from = options.From ?? $"+39347{random.Next(1_000_000, 9_999_999)}";
            var missed = n % 3 == 0;
            var ringing = Seconds(options.RingSeconds, random);
            await SendAsync(client, new("newCall", callId, DateTimeOffset.UtcNow, from, null, "inbound", null, options.Line, null), ct);
            await Task.Delay(ringing, ct);
            if (missed)
            {
                var summary = await SendAsync(client, new("hangup", callId, DateTimeOffset.UtcNow, from, null, "inbound", null, options.Line, "no-answer"), ct);
                await output.WriteLineAsync($"{n}/{options.Calls} {callId}: {summary.Outcome}");
                continue;
            }

            await SendAsync(client, new("answer", callId, DateTimeOffset.UtcNow, from, null, "inbound", options.User, options.Line, null), ct);
            await output.WriteLineAsync($"{n}/{options.Calls} {callId}: risposta di {options.User}");
            await Task.Delay(Seconds(options.TalkSeconds, random), ct);
            var ended = await SendAsync(client, new("hangup", callId, DateTimeOffset.UtcNow, from, null, "inbound", null, options.Line, "normal"), ct);
            await output.WriteLineAsync($"{n}/{options.Calls} {callId}: {ended.Outcome}");
        }

        return 0;
    }

    private static async Task<CallSummary> SendAsync(HttpClient client, CtiEvent e, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("api/v1" + TelephonyApi.EventsPath, e, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        return (await response.Content.ReadFromJsonAsync<CallSummary>(ct))!;
    }

    // About the given number of seconds, so that calls do not all last the same.
    private static TimeSpan Seconds(double seconds, Random random) => TimeSpan.FromSeconds(seconds * (0.5 + random.NextDouble()));

    private sealed record Options(Uri Url, string Key, string User, string? From, int Calls, int Line, double RingSeconds, double TalkSeconds);

    private static Options? Read(string[] args)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            named[args[i][2..]] = args[i + 1];
        }

        var invariant = CultureInfo.InvariantCulture;
        return named.TryGetValue("url", out var url) && Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var uri)
            && named.TryGetValue("key", out var key) && named.TryGetValue("user", out var user)
            ? new Options(
                uri,
                key,
                user,
                named.GetValueOrDefault("from"),
                int.Parse(named.GetValueOrDefault("calls", "3"), invariant),
                int.Parse(named.GetValueOrDefault("line", "1"), invariant),
                double.Parse(named.GetValueOrDefault("ring-seconds", "4"), invariant),
                double.Parse(named.GetValueOrDefault("talk-seconds", "20"), invariant))
            : null;
    }
}
