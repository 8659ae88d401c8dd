using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

/// <summary>
/// The citizen's number is the only personal datum of a call: it goes with the tickets the call is linked to (retention,
/// the citizen's request: GDPR art. 5(1)(e), art. 17), or after the retention period for a call linked to none. Times,
/// outcome, line and operator stay for the statistics.
/// </summary>
public static class CallErasure
{
    public static Task<int> EraseAsync(AppDbContext db, IReadOnlyCollection<long> ticketIds, CancellationToken ct) =>
        Blank(db.Calls.Where(c => c.Citizen != null && c.Tickets.Any(t => ticketIds.Contains(t.TicketId))), ct);

    public static Task<int> EraseUnlinkedAsync(AppDbContext db, DateTime startedBefore, CancellationToken ct) =>
        Blank(db.Calls.Where(c => c.Citizen != null && !c.Tickets.Any() && (c.StartedAt ?? c.UpdatedAt) < startedBefore), ct);

    private static Task<int> Blank(IQueryable<PhoneCall> calls, CancellationToken ct) =>
        calls.ExecuteUpdateAsync(s => s.SetProperty(c => c.Citizen, (string?)null), ct);
}
