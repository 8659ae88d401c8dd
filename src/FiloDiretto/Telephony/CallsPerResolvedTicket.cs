using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

/// <summary>Calls (either way) linked to the tickets resolved in a period, per ticket: how much phoning one resolution costs.</summary>
public sealed record CallMeasure(int ResolvedTickets, int Calls)
{
    public double? PerTicket => ResolvedTickets == 0 ? null : (double)Calls / ResolvedTickets;
}

public sealed class CallsPerResolvedTicket(IDbContextFactory<AppDbContext> contexts)
{
    /// <param name="from">Inclusive, UTC.</param>
    /// <param name="to">Exclusive, UTC.</param>
    public async Task<CallMeasure> ReadAsync(int officeId, DateTime from, DateTime to, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var resolved = db.Tickets.Where(t => t.OfficeId == officeId && t.ResolvedAt >= from && t.ResolvedAt < to).Select(t => t.Id);
        var tickets = await resolved.CountAsync(ct);
        var calls = await db.CallTickets.Where(l => resolved.Contains(l.TicketId)).CountAsync(ct);
        return new CallMeasure(tickets, calls);
    }
}
