using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Workspace;

/// <summary>Where a ticket stands now: its last event (number, kind, who, when) and who holds it.</summary>
public sealed record TicketHead(long Seq, EventKind Kind, string ByUserId, string By, DateTime At, string? HolderId);

/// <summary>
/// The tiny read the workspace makes before acting: a ticket whose last event is not the one on screen was changed
/// meanwhile, and the user sees the change before anything is done on a view that no longer holds.
/// </summary>
public sealed class ReadTicketHead(IDbContextFactory<AppDbContext> contexts)
{
    /// <summary>Null when the ticket does not exist or the actor may not see it.</summary>
    public async Task<TicketHead?> ReadAsync(Actor actor, long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var heads =
            from e in db.TicketEvents.AsNoTracking()
            join t in db.Tickets.AsNoTracking().VisibleTo(actor) on e.TicketId equals t.Id
            where e.TicketId == id
            orderby e.Seq descending
            select new TicketHead(e.Seq, e.Kind, e.ByUserId, e.ByName, e.At, t.HolderId);
        return await heads.FirstOrDefaultAsync(ct);
    }
}
