using FiloDiretto.Accounts;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Messaging;

/// <summary>The office goes back to the default wording of a message.</summary>
public sealed class ResetTemplate(IDbContextFactory<AppDbContext> contexts, WriteGate gate)
{
    public async Task ResetAsync(Actor actor, MessageEvent what, MessageChannel channel, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.MessageTemplates.Where(t => t.OfficeId == actor.OfficeId && t.Event == what && t.Channel == channel).ExecuteDeleteAsync(ct);
    }
}
