using FiloDiretto.Accounts;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>Removes a line set up by mistake; one with recorded tickets stays, since they name it by its number.</summary>
public sealed class RemoveLine(IDbContextFactory<AppDbContext> contexts, WriteGate gate, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> RemoveAsync(Actor actor, int lineId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var line = await db.PhoneLines.SingleOrDefaultAsync(l => l.Id == lineId && l.OfficeId == actor.OfficeId, ct);
        if (line is null)
        {
            return AdminOutcome.NotFound(text["LineNotFound"]);
        }

        if (await db.Tickets.AnyAsync(t => t.OfficeId == actor.OfficeId && t.Line == line.Number, ct))
        {
            return AdminOutcome.Refused(text["LineInUse", line.Number]);
        }

        db.PhoneLines.Remove(line);
        await db.SaveChangesAsync(ct);
        return AdminOutcome.Done;
    }
}
