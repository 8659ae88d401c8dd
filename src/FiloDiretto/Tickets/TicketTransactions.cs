using FiloDiretto.Accounts;
using FiloDiretto.Audit;
using FiloDiretto.Data;
using FiloDiretto.LiveQueue;
using FiloDiretto.Platform;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tickets;

/// <summary>The outcome of a change: done (with the ticket as it now is), refused, invalid input, or no such ticket for this user.</summary>
public sealed record ChangeOutcome(TicketView? Ticket, Refusal? Refusal, IDictionary<string, string[]>? Errors = null)
{
    public static readonly ChangeOutcome NotFound = new(null, null);

    public static ChangeOutcome Invalid(Validation validation) => new(null, null, validation.Errors);
}

/// <summary>
/// Runs a change of one ticket as one transaction: the ticket row and its new events, numbered from the
/// office's counter, commit together or not at all; then the live screens are signalled.
/// </summary>
public sealed class TicketTransactions(
    IDbContextFactory<AppDbContext> contexts,
    WriteGate gate,
    QueueNotifications notifications,
    AccessLog accessLog,
    TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task<ChangeOutcome> ChangeAsync(Actor actor, long ticketId, Func<Ticket, DateTime, Refusal?> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var turn = await gate.EnterAsync(ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ticket = await db.Tickets.VisibleTo(actor).Include(t => t.Category).SingleOrDefaultAsync(t => t.Id == ticketId, ct);
            if (ticket is null)
            {
                return ChangeOutcome.NotFound;
            }

            var refusal = change(ticket, clock.GetUtcNow().UtcDateTime);
            if (refusal is not null)
            {
                return new ChangeOutcome(null, refusal);
            }

            if (ticket.Events.Count == 0)
            {
                return new ChangeOutcome(TicketView.From(ticket), null);
            }

            ticket.Version++;
            try
            {
                var last = await CommitAsync(db, ticket.OfficeId, ticket.Events, ct);
                await accessLog.AppendAsync(db, actor, AccessAction.Change, [new AccessSubject(ticket.Id, ticket.FiscalCode)], ct);
                await transaction.CommitAsync(ct);
                notifications.Publish(new QueueSignal(ticket.OfficeId, last));
                return new ChangeOutcome(TicketView.From(ticket), null);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone else changed the ticket since we read it: read it again and re-decide.
            }
        }
    }

    /// <summary>Numbers the new events from the office counter and saves; call inside the open transaction.</summary>
    internal static async Task<long> CommitAsync(AppDbContext db, int officeId, IReadOnlyList<TicketEvent> events, CancellationToken ct)
    {
        var last = await db.TakeAsync(CounterSql.Events(officeId), events.Count, ct);
        TicketEvent.Number(events, last);

        await db.SaveChangesAsync(ct);
        return last;
    }
}
