using System.Diagnostics;

namespace FiloDiretto.Bench;

/// <summary>Latency samples of one kind; percentiles by nearest rank over every recorded sample, no estimation.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];
    private long _clampedToZero;

    /// <summary>A push can be read before the 201 that caused it: such a negative latency counts as 0, and is counted.</summary>
    public void Record(long from, long to)
    {
        var milliseconds = Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
        if (milliseconds <= 0)
        {
            _clampedToZero++;
            milliseconds = 0;
        }

        _milliseconds.Add(milliseconds);
    }

    public LatencySummary Summarize()
    {
        _milliseconds.Sort();
        return new LatencySummary(
            _milliseconds.Count,
            Percentile(50),
            Percentile(90),
            Percentile(99),
            Percentile(100),
            _clampedToZero);
    }

    private double? Percentile(int percent)
    {
        if (_milliseconds.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * _milliseconds.Count);
        return Math.Round(_milliseconds[Math.Max(rank, 1) - 1], 3);
    }
}

internal sealed record LatencySummary(int Count, double? P50, double? P90, double? P99, double? Max, long ClampedToZero);
