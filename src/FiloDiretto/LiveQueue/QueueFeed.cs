using System.Collections.Concurrent;
using System.Threading.Channels;
using FiloDiretto.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.LiveQueue;

/// <summary>
/// Turns signals into the office's events, read back from the database in sequence order, and pushes
/// them to the hub group of the office and to the Blazor screens of this node. Reading "everything
/// after the last pushed" keeps every screen gap-free even when signals arrive late or coalesced.
/// </summary>
public sealed partial class QueueFeed(
    QueueNotifications notifications,
    IDbContextFactory<AppDbContext> contexts,
    IHubContext<QueueHub> hub,
    ILogger<QueueFeed> logger) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(5);
    private readonly Channel<int> _wakeups = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<int, long> _pushed = new();
    private readonly Lock _lock = new();
    private Subscriber[] _subscribers = [];

    /// <summary>
    /// Lets a screen of this node receive its office's events, in order, in batches of what arrived while
    /// it was busy; a slow screen never holds up the others. Dispose to stop.
    /// </summary>
    public IDisposable Subscribe(int officeId, Func<IReadOnlyList<EventItem>, Task> onEvents)
    {
        var subscriber = new Subscriber(this, officeId, onEvents, logger);
        lock (_lock)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        return subscriber;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Events committed before this node started are history, read on demand through /events.
        foreach (var (officeId, head) in await ReadHeadsAsync(cancellationToken))
        {
            _pushed[officeId] = head;
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = notifications.Subscribe(signal =>
        {
            if (signal.Seq > _pushed.GetValueOrDefault(signal.OfficeId))
            {
                _wakeups.Writer.TryWrite(signal.OfficeId);
            }
        });
        var sweeping = SweepAsync(stoppingToken);

        await foreach (var officeId in _wakeups.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await PushAsync(officeId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPushFailed(logger, ex, officeId);
            }
        }

        await sweeping;
    }

    /// <summary>A signal lost between nodes must not leave a screen behind: now and then compare with the counters.</summary>
    private async Task SweepAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(SweepInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                foreach (var (officeId, head) in await ReadHeadsAsync(ct))
                {
                    if (head > _pushed.GetValueOrDefault(officeId))
                    {
                        _wakeups.Writer.TryWrite(officeId);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSweepFailed(logger, ex);
        }
    }

    private async Task<List<(int OfficeId, long Head)>> ReadHeadsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counters = await db.Counters.AsNoTracking().Where(c => c.Name.StartsWith(CounterSql.EventsPrefix)).ToListAsync(ct);
        return counters.ConvertAll(c => (CounterSql.OfficeOfEvents(c.Name), c.Value));
    }

    private async Task PushAsync(int officeId, CancellationToken ct)
    {
        while (true)
        {
            var after = _pushed.GetValueOrDefault(officeId);
            List<EventItem> items;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                items = await db.ReadAfterAsync(officeId, after, EventReader.MaxPage, ct);
            }

            if (items.Count == 0)
            {
                return;
            }

            var group = hub.Clients.Group(QueueHub.OfficeGroup(officeId));
            foreach (var item in items)
            {
                await group.SendAsync(QueueHub.TicketChanged, item, ct);
            }

            foreach (var subscriber in Volatile.Read(ref _subscribers))
            {
                if (subscriber.OfficeId == officeId)
                {
                    subscriber.Post(items);
                }
            }

            _pushed[officeId] = items[^1].Seq;
            if (items.Count < EventReader.MaxPage)
            {
                return;
            }
        }
    }

    private void Unsubscribe(Subscriber subscriber)
    {
        lock (_lock)
        {
            _subscribers = [.. _subscribers.Where(s => s != subscriber)];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Comparing the live screens with the event counters failed; trying again at the next sweep.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pushing the live events of office {OfficeId} failed; the next signal retries.")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, int officeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live screen failed to apply its events; it keeps receiving the next ones.")]
    private static partial void LogScreenFailed(ILogger logger, Exception exception);

    private sealed class Subscriber : IDisposable
    {
        private readonly QueueFeed _owner;
        private readonly Func<IReadOnlyList<EventItem>, Task> _onEvents;
        private readonly ILogger _logger;
        private readonly Channel<EventItem> _inbox = Channel.CreateUnbounded<EventItem>(new UnboundedChannelOptions { SingleReader = true });

        public Subscriber(QueueFeed owner, int officeId, Func<IReadOnlyList<EventItem>, Task> onEvents, ILogger logger)
        {
            _owner = owner;
            OfficeId = officeId;
            _onEvents = onEvents;
            _logger = logger;
            _ = DeliverAsync();
        }

        public int OfficeId { get; }

        public void Post(List<EventItem> items)
        {
            foreach (var item in items)
            {
                _inbox.Writer.TryWrite(item);
            }
        }

        public void Dispose()
        {
            _owner.Unsubscribe(this);
            _inbox.Writer.TryComplete();
        }

        private async Task DeliverAsync()
        {
            var batch = new List<EventItem>();
            while (await _inbox.Reader.WaitToReadAsync())
            {
                while (_inbox.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                try
                {
                    await _onEvents(batch);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A screen torn down or broken must not stop the feed; it is logged and the next batch tried.
                    LogScreenFailed(_logger, ex);
                }

                batch = [];
            }
        }
    }
}
