using System.Diagnostics;

namespace FiloDiretto.Bench;

/// <summary>The stretch of the run that counts, in Stopwatch timestamps; an intake counts if its answer arrived inside.</summary>
internal readonly record struct MeasuredWindow(long From, long To)
{
    public static MeasuredWindow AfterWarmup(int warmupSeconds, int seconds)
    {
        var from = Stopwatch.GetTimestamp() + (warmupSeconds * Stopwatch.Frequency);
        return new MeasuredWindow(from, from + (seconds * Stopwatch.Frequency));
    }

    public double Seconds => (double)(To - From) / Stopwatch.Frequency;

    public bool Contains(long timestamp) => timestamp >= From && timestamp <= To;
}
