using FiloDiretto.Accounts;
using FiloDiretto.Calendar;
using FiloDiretto.Data;
using FiloDiretto.LiveQueue;
using FiloDiretto.Offices;
using FiloDiretto.Platform;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Callbacks;

/// <summary>The outcome of a callback change: done (the callback as it now is), refused, invalid input, or no such ticket for this user.</summary>
public sealed record CallbackOutcome(CallbackView? Callback, Refusal? Refusal, IDictionary<string, string[]>? Errors = null)
{
    public static readonly CallbackOutcome NotFound = new(null, null);
}

/// <summary>What a change sees: the ticket, its open promise if any, the office's calendar, the time, the citizen's last call.</summary>
public sealed record CallbackScene(Ticket Ticket, Callback? Open, WorkingCalendar Calendar, DateTime Now, DateTime LastCall);

/// <summary>A change's decision: the callback it made or changed, or why not.</summary>
public sealed record CallbackStep(Callback? Callback, Refusal? Refusal = null, Validation? Invalid = null)
{
    public static CallbackStep From(Callback callback, Refusal? refusal) => refusal is null ? new(callback) : new(null, refusal);
}

/// <summary>
/// Runs a change of a ticket's callback as one transaction with the ticket's new events, numbered from the office
/// counter like every ticket change; then the live screens are signalled. The ticket is looked up first, so a ticket
/// out of reach is a 404 whatever the request says.
/// </summary>
public sealed class CallbackChanges(
    IDbContextFactory<AppDbContext> contexts,
    WriteGate gate,
    QueueNotifications notifications,
    OfficeProfiles offices,
    TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task<CallbackOutcome> ChangeAsync(Actor actor, long ticketId, Func<CallbackScene, CallbackStep> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var turn = await gate.EnterAsync(ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ticket = await db.Tickets.VisibleTo(actor).SingleOrDefaultAsync(t => t.Id == ticketId, ct);
            if (ticket is null)
            {
                return CallbackOutcome.NotFound;
            }

            var open = await db.Callbacks.Include(c => c.Attempts)
                .SingleOrDefaultAsync(c => c.TicketId == ticketId && Callback.OpenStates.Contains(c.State), ct);
            var lastRepeat = await db.TicketEvents.Where(e => e.TicketId == ticketId && e.Kind == EventKind.RepeatCall)
                .MaxAsync(e => (DateTime?)e.At, ct);
            var calendar = (await offices.GetAsync(ticket.OfficeId, ct)).Calendar;
            var now = clock.GetUtcNow().UtcDateTime;

            var step = change(new CallbackScene(ticket, open, calendar, now, lastRepeat ?? ticket.CreatedAt));
            if (step.Invalid is { } invalid)
            {
                return new CallbackOutcome(null, null, invalid.Errors);
            }

            if (step.Callback is not { } callback)
            {
                return new CallbackOutcome(null, step.Refusal);
            }

            if (callback.Id == 0)
            {
                db.Callbacks.Add(callback);
            }

            ticket.Version++;
            try
            {
                var last = await TicketTransactions.CommitAsync(db, ticket.OfficeId, ticket.Events, ct);
                await transaction.CommitAsync(ct);
                notifications.Publish(new QueueSignal(ticket.OfficeId, last));
                return new CallbackOutcome(CallbackView.From(callback, ticket.Code, now), null);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // The ticket changed since we read it (another promise, another attempt): read it again and re-decide.
            }
        }
    }
}
