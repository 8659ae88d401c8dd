using FiloDiretto.Data;
using FiloDiretto.Messaging;
using FiloDiretto.Telephony;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Privacy;

/// <summary>What one pass of the retention job did: the closing date before which tickets lost their personal data, and how many per office.</summary>
public sealed record RetentionRun(DateTime ClosedBefore, IReadOnlyDictionary<int, int> AnonymisedByOffice)
{
    public int Anonymised => AnonymisedByOffice.Values.Sum();
}

/// <summary>
/// One pass of retention: every ticket closed longer ago than <see cref="RetentionOptions.ClosedTicketsMonths"/> and not
/// under legal hold is anonymised, office by office, in batches.
/// </summary>
public sealed partial class AnonymiseExpiredTickets(
    IDbContextFactory<AppDbContext> contexts,
    WriteGate gate,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<AnonymiseExpiredTickets> logger)
{
    public async Task<RetentionRun> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closedBefore = now.AddMonths(-options.Value.ClosedTicketsMonths);
        List<int> offices;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            offices = await db.Offices.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);
        }

        var counts = new Dictionary<int, int>();
        foreach (var office in offices)
        {
            int batch;
            counts[office] = 0;
            do
            {
                batch = await AnonymiseBatchAsync(office, closedBefore, now, ct);
                counts[office] += batch;
            }
            while (batch == options.Value.BatchSize);

            LogOffice(logger, office, counts[office], closedBefore);
        }

        await EraseUnlinkedCallsAsync(closedBefore, ct);
        return new RetentionRun(closedBefore, counts);
    }

    /// <summary>A call about no ticket keeps the caller's number as long as a closed ticket would.</summary>
    private async Task EraseUnlinkedCallsAsync(DateTime startedBefore, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var erased = await CallErasure.EraseUnlinkedAsync(db, startedBefore, ct);
        LogCalls(logger, erased, startedBefore);
    }

    private async Task<int> AnonymiseBatchAsync(int office, DateTime closedBefore, DateTime now, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tickets = await db.Tickets.Include(t => t.Events)
            .Where(t => t.OfficeId == office && t.Status == TicketStatus.Closed && !t.LegalHold && t.AnonymisedAt == null)
            .Where(t => t.Events.Any(e => e.Kind == EventKind.Closed && e.At < closedBefore))
            .OrderBy(t => t.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);
        foreach (var ticket in tickets)
        {
            ticket.Anonymise(now);
            ticket.Version++;
        }

        await db.SaveChangesAsync(ct);
        long[] anonymised = [.. tickets.Select(t => t.Id)];
        await MessageErasure.EraseAsync(db, anonymised, ct);
        await CallErasure.EraseAsync(db, anonymised, ct);
        return tickets.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: office {OfficeId}, {Count} closed tickets anonymised (closed before {ClosedBefore:O}).")]
    private static partial void LogOffice(ILogger logger, int officeId, int count, DateTime closedBefore);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} calls linked to no ticket lost the caller's number (started before {StartedBefore:O}).")]
    private static partial void LogCalls(ILogger logger, int count, DateTime startedBefore);
}
