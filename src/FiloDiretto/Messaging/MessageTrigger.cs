using FiloDiretto.Data;
using FiloDiretto.LiveQueue;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Messaging;

/// <summary>
/// Turns committed ticket events into messages. It reads the event table after a per-office cursor kept in a
/// <see cref="Counter"/> row and moves the cursor in the same transaction as the messages it adds, only if no other
/// node moved it first: a node that stops loses nothing, and several nodes never queue a message twice.
/// </summary>
public sealed partial class MessageTrigger(
    IDbContextFactory<AppDbContext> contexts,
    CitizenMessages messages,
    MessageDispatcher dispatcher,
    QueueNotifications notifications,
    WriteGate gate,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<MessageTrigger> logger) : BackgroundService
{
    /// <summary>The ticket events that write to the citizen; every other event writes nothing.</summary>
    public static readonly IReadOnlyDictionary<EventKind, MessageEvent> Triggers = new Dictionary<EventKind, MessageEvent>
    {
        [EventKind.Created] = MessageEvent.TicketReceived,
        [EventKind.AwaitingCitizen] = MessageEvent.DocumentsRequested,
        [EventKind.Resolved] = MessageEvent.FeedbackGiven,
        [EventKind.CallbackEscalated] = MessageEvent.PleaseCallBack,
    };

    private const int Batch = 100;
    private readonly Wakeup _wakeup = new(clock);

    public static string Cursor(int officeId) => $"messages:{officeId}";

    /// <summary>
    /// An office seen for the first time starts after the events it already has: switching messaging on must not
    /// write to every citizen of the past. Runs before the app takes requests, so no new ticket slips past.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            foreach (var officeId in await db.Offices.Select(o => o.Id).ToListAsync(cancellationToken))
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO "Counters" ("Name", "Value")
                    SELECT {0}, COALESCE((SELECT "Value" FROM "Counters" WHERE "Name" = {1}), 0) WHERE TRUE
                    ON CONFLICT ("Name") DO NOTHING
                    """,
                    [Cursor(officeId), CounterSql.Events(officeId)],
                    cancellationToken);
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = notifications.Subscribe(_ => _wakeup.Wake());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await _wakeup.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database was away or another node raced us: the cursor has not moved, the next pass does it again.
                LogFailed(logger, e);
                await _wakeup.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Queues the messages of every office's new events.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        List<int> officeIds;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            officeIds = await db.Offices.Select(o => o.Id).ToListAsync(ct);
        }

        foreach (var officeId in officeIds)
        {
            while (await QueueBatchAsync(officeId, ct))
            {
            }
        }
    }

    /// <returns>Whether there may be more to do for the office.</returns>
    private async Task<bool> QueueBatchAsync(int officeId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var name = Cursor(officeId);
        // An office created after start-up has no cursor yet: all its events are new.
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Counters" ("Name", "Value") VALUES ({0}, 0) ON CONFLICT ("Name") DO NOTHING""", [name], ct);
        var cursor = await db.Counters.Where(c => c.Name == name).Select(c => c.Value).SingleAsync(ct);
        var kinds = Triggers.Keys.ToList();
        var events = await db.TicketEvents.AsNoTracking()
            .Where(e => e.OfficeId == officeId && e.Seq > cursor && kinds.Contains(e.Kind))
            .OrderBy(e => e.Seq)
            .Take(Batch)
            .ToListAsync(ct);
        if (events.Count == 0)
        {
            return false;
        }

        var last = events[^1].Seq;
        var moved = await db.Counters.Where(c => c.Name == name && c.Value == cursor).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, last), ct);
        if (moved == 0)
        {
            return false; // another node queued these events
        }

        var ticketIds = events.Select(e => e.TicketId).Distinct().ToList();
        var tickets = await db.Tickets.AsNoTracking().Where(t => ticketIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        foreach (var e in events)
        {
            db.Messages.Add(await messages.ComposeAsync(db, tickets[e.TicketId], Triggers[e.Kind], e.Seq, ct));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        dispatcher.Wake();
        return events.Count == Batch;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Queueing the citizens' messages failed; the next pass tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
