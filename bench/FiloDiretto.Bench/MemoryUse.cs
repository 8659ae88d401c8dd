using System.Diagnostics;

namespace FiloDiretto.Bench;

/// <summary>The bench's own footprint, in MB, so a heavy client is not mistaken for a slow server.</summary>
internal sealed record MemoryUse(double WorkingSet, double PeakWorkingSet, double ManagedHeap)
{
    private const double Megabyte = 1024 * 1024;

    public static MemoryUse OfThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new MemoryUse(
            Math.Round(process.WorkingSet64 / Megabyte, 1),
            Math.Round(process.PeakWorkingSet64 / Megabyte, 1),
            Math.Round(GC.GetTotalMemory(forceFullCollection: false) / Megabyte, 1));
    }
}
