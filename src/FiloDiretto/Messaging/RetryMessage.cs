using FiloDiretto.Accounts;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Messaging;

public enum RetryOutcome
{
    Queued,
    NotFailed,
    NotFound,
}

/// <summary>A supervisor sends a message that ran out of attempts once more (the gateway is back, the address was fixed).</summary>
public sealed class RetryMessage(IDbContextFactory<AppDbContext> contexts, WriteGate gate, MessageDispatcher dispatcher, TimeProvider clock)
{
    public async Task<RetryOutcome> RetryAsync(Actor actor, long ticketId, long messageId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using (await gate.EnterAsync(ct))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var ofTicket = db.Messages.Where(m => m.Id == messageId && m.TicketId == ticketId && m.OfficeId == actor.OfficeId);
            var queued = await ofTicket.Where(m => m.State == MessageState.Failed)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.State, MessageState.Pending)
                        .SetProperty(m => m.Attempts, 0)
                        .SetProperty(m => m.NextAttemptAt, now),
                    ct);
            if (queued == 0)
            {
                return await ofTicket.AnyAsync(ct) ? RetryOutcome.NotFailed : RetryOutcome.NotFound;
            }
        }

        dispatcher.Wake();
        return RetryOutcome.Queued;
    }
}
