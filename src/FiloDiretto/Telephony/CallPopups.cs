using System.Collections.Concurrent;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

/// <summary>A call the telephone system says this operator has just answered.</summary>
public sealed record AnsweredCall(long Id, string? Citizen, int? Line, DateTime AnsweredAt);

/// <summary>
/// Tells each operator's open intake screen of the calls they answer. The webhook may land on any node, so every node
/// reads the answers of its own screens' operators from the database, twice a second and only while a screen listens.
/// </summary>
public sealed partial class CallPopups(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, ILogger<CallPopups> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    // Rows committed out of order by concurrent writers are still found by re-reading a little of the past.
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(10);

    // An answer older than this is history, not a call on the line.
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();
    private readonly ConcurrentDictionary<long, DateTime> _shown = new();

    public IDisposable Subscribe(string userId, Func<AnsweredCall, Task> handler)
    {
        var subscription = new Subscription(this, userId, handler);
        _subscriptions[subscription] = 0;
        return subscription;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        var since = clock.GetUtcNow().UtcDateTime - Overlap;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (_subscriptions.IsEmpty)
            {
                continue;
            }

            var started = clock.GetUtcNow().UtcDateTime;
            try
            {
                await PollAsync(since, started, stoppingToken);
                since = started - Overlap;
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or TimeoutException)
            {
                LogPollFailed(logger, ex);
            }
        }
    }

    private async Task PollAsync(DateTime since, DateTime now, CancellationToken ct)
    {
        var listening = _subscriptions.Keys.Select(s => s.UserId).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var answered = await db.Calls.AsNoTracking()
            // Only the telephone system's inbound calls: a call the operator logged by hand is already on their screen.
            .Where(c => c.ExternalId != null && c.Direction == CallDirection.Inbound)
            .Where(c => c.OperatorId != null && listening.Contains(c.OperatorId) && c.UpdatedAt >= since && c.AnsweredAt >= now - Fresh)
            .Select(c => new { c.OperatorId, Call = new AnsweredCall(c.Id, c.Citizen, c.Line, c.AnsweredAt!.Value) })
            .ToListAsync(ct);
        foreach (var a in answered.Where(a => _shown.TryAdd(a.Call.Id, now)))
        {
            foreach (var subscription in _subscriptions.Keys.Where(s => s.UserId == a.OperatorId))
            {
                await subscription.Handler(a.Call);
            }
        }

        foreach (var old in _shown.Where(s => s.Value < now - Fresh - Overlap))
        {
            _shown.TryRemove(old.Key, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the answered calls failed; the next poll tries again.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    private sealed class Subscription(CallPopups owner, string userId, Func<AnsweredCall, Task> handler) : IDisposable
    {
        public string UserId => userId;

        public Func<AnsweredCall, Task> Handler => handler;

        public void Dispose() => owner._subscriptions.TryRemove(this, out _);
    }
}
