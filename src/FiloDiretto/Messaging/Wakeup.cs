using System.Threading.Channels;

namespace FiloDiretto.Messaging;

/// <summary>Lets a background loop sleep until it is woken or a time has passed (on the app's clock, so tests can move it).</summary>
public sealed class Wakeup(TimeProvider clock)
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _signals.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan longest, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(_signals.Reader.WaitToReadAsync(stop.Token).AsTask(), Task.Delay(longest, clock, stop.Token));
        await stop.CancelAsync();
        _signals.Reader.TryRead(out _);
        ct.ThrowIfCancellationRequested();
    }
}
