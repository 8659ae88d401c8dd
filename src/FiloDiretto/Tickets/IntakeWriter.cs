using System.Data.Common;
using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.LiveQueue;
using FiloDiretto.Offices;
using Microsoft.EntityFrameworkCore;
using Channels = System.Threading.Channels;

namespace FiloDiretto.Tickets;

/// <summary>A validated intake waiting for its turn to be written.</summary>
public sealed record PendingIntake(Actor Actor, OfficeProfile Office, TicketDraft Draft, string? Key, string RequestHash, DateTime Now, int Year)
{
    public TaskCompletionSource<RecordOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Group commit for the phone lines: intakes that arrive while a transaction is being written wait and
/// go together in the next one. Every intake is still acknowledged only after its commit, but one
/// flush to disk serves many callers, which is what lets a small machine take a whole region's calls.
/// </summary>
public sealed partial class IntakeWriter(
    IDbContextFactory<AppDbContext> contexts,
    WriteGate gate,
    QueueNotifications notifications,
    ILogger<IntakeWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;
    private const int Attempts = 3;
    private IntakeStore? _store;
    private readonly Channels.Channel<PendingIntake> _queue =
        Channels.Channel.CreateUnbounded<PendingIntake>(new Channels.UnboundedChannelOptions { SingleReader = true });

    public Task<RecordOutcome> WriteAsync(PendingIntake intake)
    {
        if (!_queue.Writer.TryWrite(intake))
        {
            intake.Done.TrySetException(new InvalidOperationException("The intake writer has stopped."));
        }

        return intake.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingIntake>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var intake))
                {
                    batch.Add(intake);
                }

                await WriteBatchAsync(batch, attempt: 1);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var intake))
            {
                intake.Done.TrySetCanceled(stoppingToken);
            }
        }
        finally
        {
            // Only this loop touches the store, so only this loop closes it.
            await CloseStoreAsync();
        }
    }

    private async Task WriteBatchAsync(List<PendingIntake> batch, int attempt)
    {
        try
        {
            // First try without looking for earlier uses of the keys: the unique index catches a retry.
            await WriteTogetherAsync(batch, lookForRetries: attempt > 1);
        }
        catch (DbException ex) when (DbErrors.IsUniqueViolation(ex) && batch.Count > 1)
        {
            // A retry of an earlier intake spoiled the batch: write them one by one, looking for earlier keys.
            foreach (var intake in batch)
            {
                await WriteBatchAsync([intake], attempt: 2);
            }
        }
        catch (DbException ex) when (DbErrors.IsUniqueViolation(ex) && attempt < Attempts)
        {
            await WriteBatchAsync(batch, attempt + 1);
        }
        catch (Exception ex)
        {
            // The connection may be what failed: the next batch opens a new one.
            await CloseStoreAsync();
            LogWriteFailed(logger, ex, batch.Count);
            foreach (var intake in batch)
            {
                intake.Done.TrySetException(ex);
            }
        }
    }

    private async Task WriteTogetherAsync(List<PendingIntake> batch, bool lookForRetries)
    {
        var ct = CancellationToken.None; // a caller that hangs up does not undo a write already under way
        var answered = lookForRetries ? await AnswerRetriesAsync(batch, ct) : [];
        var sameKeyInBatch = new Dictionary<(string, string), PendingIntake>();
        var fresh = new List<PendingIntake>();
        var repeats = new List<(PendingIntake Repeat, PendingIntake First)>();
        foreach (var intake in batch.Where(i => !answered.ContainsKey(i)))
        {
            if (intake.Key is not null && sameKeyInBatch.TryGetValue((intake.Actor.UserId, intake.Key), out var first))
            {
                repeats.Add((intake, first));
                continue;
            }

            if (intake.Key is not null)
            {
                sameKeyInBatch[(intake.Actor.UserId, intake.Key)] = intake;
            }

            fresh.Add(intake);
        }

        using var turn = await gate.EnterAsync(ct);
        var store = _store ??= await OpenStoreAsync(ct);
        Dictionary<PendingIntake, Ticket> created;
        List<(int OfficeId, long Seq)> heads;
        await using (var transaction = await store.BeginAsync(ct))
        {
            created = await CreateAsync(store, transaction, fresh, ct);
            heads = await NumberEventsAsync(store, transaction, created.Values, ct);
            foreach (var ticket in created.Values)
            {
                await store.InsertAsync(ticket, transaction, ct);
            }

            await transaction.CommitAsync(ct);
        }

        foreach (var (officeId, seq) in heads)
        {
            notifications.Publish(new QueueSignal(officeId, seq));
        }

        foreach (var (intake, ticket) in created)
        {
            ticket.Category = intake.Draft.Category;
            intake.Done.TrySetResult(new RecordOutcome(RecordOutcomeKind.Created, TicketView.From(ticket)));
        }

        foreach (var (repeat, first) in repeats)
        {
            repeat.Done.TrySetResult(repeat.RequestHash == first.RequestHash
                ? new RecordOutcome(RecordOutcomeKind.Replayed, TicketView.From(created[first]))
                : new RecordOutcome(RecordOutcomeKind.KeyReused));
        }

        foreach (var (intake, outcome) in answered)
        {
            intake.Done.TrySetResult(outcome);
        }
    }

    /// <summary>Intakes whose idempotency key already made a ticket get that ticket back, or a refusal if the body differs.</summary>
    private async Task<Dictionary<PendingIntake, RecordOutcome>> AnswerRetriesAsync(List<PendingIntake> batch, CancellationToken ct)
    {
        var answered = new Dictionary<PendingIntake, RecordOutcome>();
        var keyed = batch.Where(i => i.Key is not null).ToList();
        if (keyed.Count == 0)
        {
            return answered;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = keyed.Select(i => i.Actor.UserId).Distinct().ToList();
        var keys = keyed.Select(i => i.Key!).Distinct().ToList();
        var earlier = (await db.Tickets.AsNoTracking()
                .Where(t => users.Contains(t.CreatedById) && keys.Contains(t.IdempotencyKey!))
                .Include(t => t.Category)
                .ToListAsync(ct))
            .ToDictionary(t => (t.CreatedById, t.IdempotencyKey!));
        foreach (var intake in keyed)
        {
            if (earlier.TryGetValue((intake.Actor.UserId, intake.Key!), out var ticket))
            {
                answered[intake] = ticket.RequestHash == intake.RequestHash
                    ? new RecordOutcome(RecordOutcomeKind.Replayed, TicketView.From(ticket))
                    : new RecordOutcome(RecordOutcomeKind.KeyReused);
            }
        }

        return answered;
    }

    private static async Task<Dictionary<PendingIntake, Ticket>> CreateAsync(
        IntakeStore store, DbTransaction transaction, List<PendingIntake> fresh, CancellationToken ct)
    {
        var created = new Dictionary<PendingIntake, Ticket>();
        // Counters are always locked in the same order, so writers on several nodes cannot deadlock.
        foreach (var group in fresh.GroupBy(i => (i.Office.Id, i.Year)).OrderBy(g => g.Key))
        {
            var count = group.Count();
            var number = (int)(await store.TakeAsync(transaction, CounterSql.TicketNumbers(group.Key.Id, group.Key.Year), count, ct) - count);
            foreach (var intake in group)
            {
                number++;
                var office = intake.Office;
                var dueAt = office.Calendar.DueAtUtc(intake.Now, intake.Draft.Category.TargetWorkingDays);
                var ticket = Ticket.Create(
                    intake.Draft, intake.Actor, $"{office.Code}-{intake.Year}-{number:D6}", intake.Year, number, dueAt, intake.Now);
                ticket.IdempotencyKey = intake.Key;
                ticket.RequestHash = intake.Key is null ? null : intake.RequestHash;
                created[intake] = ticket;
            }
        }

        return created;
    }

    private static async Task<List<(int OfficeId, long Seq)>> NumberEventsAsync(
        IntakeStore store, DbTransaction transaction, IEnumerable<Ticket> tickets, CancellationToken ct)
    {
        var heads = new List<(int, long)>();
        foreach (var office in tickets.GroupBy(t => t.OfficeId).OrderBy(g => g.Key))
        {
            var events = office.SelectMany(t => t.Events).ToList();
            var last = await store.TakeAsync(transaction, CounterSql.Events(office.Key), events.Count, ct);
            TicketEvent.Number(events, last);

            heads.Add((office.Key, last));
        }

        return heads;
    }

    private async Task<IntakeStore> OpenStoreAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await IntakeStore.OpenAsync(db, ct);
    }

    private async Task CloseStoreAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
            _store = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing a batch of {Count} intakes failed; nothing of it was saved.")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);
}
