namespace FiloDiretto.Callbacks;

/// <summary>
/// Tells this node's screens that an alert pass ran, with the alerts it raised. A screen re-reads its own count and
/// the alerts raised since it last looked, so alerts raised by another node reach it at this node's next pass.
/// </summary>
public sealed partial class CallbackAlerts(ILogger<CallbackAlerts> logger)
{
    private readonly Lock _lock = new();
    private readonly List<Func<IReadOnlyList<CallbackAlert>, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<IReadOnlyList<CallbackAlert>, Task> onPass)
    {
        lock (_lock)
        {
            _subscribers.Add(onPass);
        }

        return new Subscription(this, onPass);
    }

    public void Publish(IReadOnlyList<CallbackAlert> raised)
    {
        Func<IReadOnlyList<CallbackAlert>, Task>[] subscribers;
        lock (_lock)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            // A screen's handler marshals onto its circuit; one closing circuit must not keep the others waiting.
            _ = DeliverAsync(subscriber, raised);
        }
    }

    private async Task DeliverAsync(Func<IReadOnlyList<CallbackAlert>, Task> subscriber, IReadOnlyList<CallbackAlert> raised)
    {
        try
        {
            await subscriber(raised);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogScreenFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A screen failed to read its callback alerts; it will read them at the next pass.")]
    private static partial void LogScreenFailed(ILogger logger, Exception exception);

    private void Remove(Func<IReadOnlyList<CallbackAlert>, Task> onPass)
    {
        lock (_lock)
        {
            _subscribers.Remove(onPass);
        }
    }

    private sealed class Subscription(CallbackAlerts owner, Func<IReadOnlyList<CallbackAlert>, Task> onPass) : IDisposable
    {
        public void Dispose() => owner.Remove(onPass);
    }
}
