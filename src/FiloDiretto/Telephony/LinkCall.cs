using FiloDiretto.Accounts;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

/// <summary>
/// Links the ticket an operator recorded or appended to during a call to that call: the one the telephone system
/// popped up, or, without one, a call logged by hand, so that every call answered lands in the log.
/// </summary>
public sealed class LinkCall(IDbContextFactory<AppDbContext> contexts, WriteGate gate, TimeProvider clock)
{
    /// <returns>The call's id, for the next ticket of the same call.</returns>
    public async Task<long> LinkAsync(Actor actor, long? callId, long ticketId, int? line, string? citizen, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var call = callId is { } id
            ? await db.Calls.Include(c => c.Tickets).SingleOrDefaultAsync(c => c.Id == id && c.OfficeId == actor.OfficeId && c.OperatorId == actor.UserId, ct)
            : null;
        if (call is null)
        {
            call = PhoneCall.ByHand(actor.OfficeId, CallDirection.Inbound, line, actor.UserId, actor.Name, citizen, clock.GetUtcNow().UtcDateTime);
            db.Calls.Add(call);
        }

        call.Link(ticketId);
        await db.SaveChangesAsync(ct);
        return call.Id;
    }
}
