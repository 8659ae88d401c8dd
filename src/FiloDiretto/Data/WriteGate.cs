namespace FiloDiretto.Data;

/// <summary>
/// SQLite has one writer at a time: queueing writers in-process is cheaper than letting them spin on
/// SQLITE_BUSY. On PostgreSQL the gate is open and the counter row orders the writers.
/// </summary>
public sealed class WriteGate(bool serialise) : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async ValueTask<IDisposable?> EnterAsync(CancellationToken ct)
    {
        if (!serialise)
        {
            return null;
        }

        await _semaphore.WaitAsync(ct);
        return new Exit(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Exit(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
