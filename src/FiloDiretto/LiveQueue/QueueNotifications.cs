namespace FiloDiretto.LiveQueue;

/// <summary>"Office X has committed events up to Seq": all a node needs to fetch and push them in order.</summary>
public readonly record struct QueueSignal(int OfficeId, long Seq);

/// <summary>
/// The seam between the writers and the live screens. In-process for one node; a PostgreSQL
/// LISTEN/NOTIFY implementation carries the same signal between nodes.
/// </summary>
public abstract class QueueNotifications
{
    /// <summary>Called after commit. Never throws: a lost signal is repaired by the next one.</summary>
    public abstract void Publish(QueueSignal signal);

    public abstract IDisposable Subscribe(Action<QueueSignal> handler);
}

public sealed class InProcessQueueNotifications : QueueNotifications
{
    private readonly Lock _lock = new();
    private Action<QueueSignal>[] _handlers = [];

    public override void Publish(QueueSignal signal)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            handler(signal);
        }
    }

    public override IDisposable Subscribe(Action<QueueSignal> handler)
    {
        lock (_lock)
        {
            _handlers = [.. _handlers, handler];
        }

        return new Subscription(this, handler);
    }

    private void Unsubscribe(Action<QueueSignal> handler)
    {
        lock (_lock)
        {
            _handlers = [.. _handlers.Where(h => h != handler)];
        }
    }

    private sealed class Subscription(InProcessQueueNotifications owner, Action<QueueSignal> handler) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(handler);
    }
}
