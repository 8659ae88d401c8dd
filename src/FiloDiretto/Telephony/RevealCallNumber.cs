using FiloDiretto.Accounts;
using FiloDiretto.Audit;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

/// <summary>The whole number of a call in the log: a read of the citizen's data, logged against the call's tickets before it is shown.</summary>
public sealed class RevealCallNumber(IDbContextFactory<AppDbContext> contexts, AccessLog accessLog)
{
    /// <returns>The number; null for a call the actor may not see or without one.</returns>
    public async Task<string?> RevealAsync(Actor actor, long callId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var call = await db.Calls.AsNoTracking()
            .Where(c => c.Id == callId && c.OfficeId == actor.OfficeId && c.Citizen != null && (actor.IsSupervisor || c.OperatorId == actor.UserId))
            .Select(c => new { c.Citizen, Tickets = c.Tickets.Select(t => t.TicketId).ToList() })
            .SingleOrDefaultAsync(ct);
        if (call is null)
        {
            return null;
        }

        var subjects = await db.Tickets.AsNoTracking().Where(t => call.Tickets.Contains(t.Id))
            .Select(t => new AccessSubject(t.Id, t.FiscalCode == "" ? null : t.FiscalCode)).ToListAsync(ct);
        await accessLog.RecordAsync(actor, AccessAction.Reveal, subjects, ct);
        return call.Citizen;
    }
}
