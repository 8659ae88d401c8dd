using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.LiveQueue;

public static class EventReader
{
    public const int MaxPage = 1000;

    /// <summary>An office's events after <paramref name="after"/>, in sequence order.</summary>
    public static async Task<List<EventItem>> ReadAfterAsync(this AppDbContext db, int officeId, long after, int limit, CancellationToken ct)
    {
        var rows = await db.TicketEvents.AsNoTracking()
            .Where(e => e.OfficeId == officeId && e.Seq > after)
            .OrderBy(e => e.Seq)
            .Take(limit)
            .Join(db.Tickets, e => e.TicketId, t => t.Id, (e, t) => new { e.Seq, e.TicketId, t.Code, e.Kind, e.Status, e.Area, e.At })
            .ToListAsync(ct);
        return rows.ConvertAll(r => new EventItem(r.Seq, r.TicketId, r.Code, r.Kind.ToString(), r.Status.ToString(), r.Area.ToString(), r.At));
    }
}
