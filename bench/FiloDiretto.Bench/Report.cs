using System.Globalization;
using System.Text.Json;

namespace FiloDiretto.Bench;

/// <summary>Everything one run measured; printed for people, then as one <c>RESULT {json}</c> line for scripts.</summary>
internal sealed record BenchResult(
    BenchOptions Scenario,
    MeasuredIntakes Intakes,
    DeliveryTally Deliveries,
    FeedCheck Feed,
    MemoryUse MemoryMb);

/// <summary>Acknowledged intakes of the window whose Created event the server's own feed does not list.</summary>
internal sealed record FeedCheck(long Missing);

internal static class Report
{
    public static void Print(BenchResult result)
    {
        var (scenario, intakes, deliveries, feed, memory) = result;
        Line("Intakes", $"{intakes.Acknowledged} acknowledged in {scenario.Seconds} s = {intakes.PerSecond} /s");
        Line("Errors", intakes.Errors.Count == 0 ? "none" : string.Join(", ", intakes.Errors.Select(e => $"{e.Key} × {e.Value}")));
        Line("HTTP latency", Latency(intakes.HttpMs));
        Line("Push latency", $"{Latency(deliveries.PushMs)}; {deliveries.PushMs.ClampedToZero} read at or before their 201, counted as 0");
        Line("Deliveries", $"expected {deliveries.Expected} ({intakes.Acknowledged} × {scenario.Listeners} listeners), received {deliveries.Received}, "
            + $"missing {deliveries.Missing}, duplicates {deliveries.Duplicates}, listeners dropped {deliveries.ListenersDropped}");
        Line("Event feed", feed.Missing == 0
            ? "every acknowledged intake has its Created event"
            : $"{feed.Missing} acknowledged intakes have no Created event");
        Line("Bench memory", $"working set {memory.WorkingSet} MB, peak {memory.PeakWorkingSet} MB, managed heap {memory.ManagedHeap} MB");
        Console.WriteLine($"RESULT {JsonSerializer.Serialize(result, ServerApi.Json)}");
    }

    public static string Describe(BenchOptions options)
    {
        var load = options.IsOpenLoop
            ? $"open loop, {options.Rate} intakes/s over {options.Clients} clients"
            : $"closed loop, {options.Clients} clients";
        return $"""
            FiloDiretto bench against {options.Url}
              load       {load}, as {options.User}
              listeners  {options.Listeners} hub connections, as {options.ListenUser}
              time       {options.WarmupSeconds} s warm-up (not counted) + {options.Seconds} s measured
            """;
    }

    private static string Latency(LatencySummary s) =>
        s.Count == 0
            ? "no samples"
            : $"p50 {s.P50} ms, p90 {s.P90} ms, p99 {s.P99} ms, max {s.Max} ms (n = {s.Count})";

    private static void Line(string label, string text) => Console.WriteLine($"{label,-14}{text}");
}
