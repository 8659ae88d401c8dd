using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Messaging;

/// <summary>
/// When a ticket's personal data go (retention, the citizen's request: GDPR art. 5(1)(e), art. 17), so do the addresses
/// and texts of its messages, and what was still to be sent is never sent. The states stay for the statistics.
/// </summary>
public static class MessageErasure
{
    public static Task<int> EraseAsync(AppDbContext db, IReadOnlyCollection<long> ticketIds, CancellationToken ct) =>
        db.Messages.Where(m => ticketIds.Contains(m.TicketId))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Recipient, (string?)null)
                    .SetProperty(m => m.Subject, (string?)null)
                    .SetProperty(m => m.Body, (string?)null)
                    .SetProperty(m => m.Problem, m => m.State == MessageState.Sent || m.State == MessageState.Withheld ? m.Problem : Message.Erased)
                    .SetProperty(m => m.State, m => m.State == MessageState.Sent ? MessageState.Sent : MessageState.Withheld),
                ct);
}
