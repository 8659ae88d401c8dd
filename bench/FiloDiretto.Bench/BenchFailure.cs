namespace FiloDiretto.Bench;

/// <summary>A run that cannot go on: bad arguments, server unreachable, sign-in or hub connection refused.</summary>
internal sealed class BenchFailure(string message, int exitCode) : Exception(message)
{
    public const int BadArguments = 1;
    public const int ServerUnavailable = 2;

    public int ExitCode { get; } = exitCode;
}
