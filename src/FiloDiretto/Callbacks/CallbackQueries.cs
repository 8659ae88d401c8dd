using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Callbacks;

/// <summary>An alert raised for a callback: its window opened (due) or passed without the citizen reached (overdue).</summary>
public sealed record CallbackAlert(long CallbackId, int OfficeId, string HolderId, string TicketCode, CallbackTiming Timing, DateTime At);

/// <summary>
/// The reads of callbacks: a ticket's promises, the callbacks a user must make (a specialist their own, a supervisor
/// the office's, with the escalated ones still open), how many are due now, and the alerts raised since a moment.
/// </summary>
public sealed class CallbackQueries(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>The ticket's promises, newest first; null when the ticket is not there for this user.</summary>
    public async Task<IReadOnlyList<CallbackView>?> ForTicketAsync(Actor actor, long ticketId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var code = await db.Tickets.VisibleTo(actor).Where(t => t.Id == ticketId).Select(t => t.Code).SingleOrDefaultAsync(ct);
        if (code is null)
        {
            return null;
        }

        var callbacks = await db.Callbacks.AsNoTracking().Include(c => c.Attempts)
            .Where(c => c.TicketId == ticketId).OrderByDescending(c => c.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. callbacks.Select(c => CallbackView.From(c, code, now))];
    }

    /// <summary>What the user has to call, soonest window first.</summary>
    public async Task<IReadOnlyList<CallbackView>> ToMakeAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var callbacks = await Mine(db, actor)
            .Where(c => Callback.OpenStates.Contains(c.State)
                        || (actor.Role == Role.Supervisor && c.State == CallbackState.Escalated && Ticket.OpenStatuses.Contains(c.Ticket!.Status)))
            .Include(c => c.Attempts).Include(c => c.Ticket)
            .OrderBy(c => c.WindowStart).ThenBy(c => c.Id)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. callbacks.Select(c => CallbackView.From(c, c.Ticket!.Code, now))];
    }

    /// <summary>Callbacks whose window is open or has passed: the number on the user's badge.</summary>
    public async Task<int> CountDueAsync(Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Mine(db, actor).CountAsync(c => c.State == CallbackState.Open && c.WindowStart <= now, ct);
    }

    /// <summary>The alerts for the user raised after <paramref name="after"/>, oldest first.</summary>
    public async Task<IReadOnlyList<CallbackAlert>> AlertsAfterAsync(Actor actor, DateTime after, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await Mine(db, actor)
            .Where(c => c.State == CallbackState.Open && (c.DueAlertedAt > after || c.OverdueAlertedAt > after))
            .Select(c => new { c.Id, c.OfficeId, c.HolderId, c.Ticket!.Code, c.DueAlertedAt, c.OverdueAlertedAt })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => r.OverdueAlertedAt > after
                ? new CallbackAlert(r.Id, r.OfficeId, r.HolderId, r.Code, CallbackTiming.Overdue, r.OverdueAlertedAt.Value)
                : new CallbackAlert(r.Id, r.OfficeId, r.HolderId, r.Code, CallbackTiming.Due, r.DueAlertedAt!.Value))
            .OrderBy(a => a.At)];
    }

    private static IQueryable<Callback> Mine(AppDbContext db, Actor actor)
    {
        var office = db.Callbacks.AsNoTracking().Where(c => c.OfficeId == actor.OfficeId);
        return actor.Role == Role.Supervisor ? office : office.Where(c => c.HolderId == actor.UserId);
    }
}
