using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>
/// Renames a line, sets the number citizens dial, or renumbers it while no ticket was recorded on it: tickets
/// keep the line's number, and would otherwise point at another line.
/// </summary>
public sealed class EditLine(IDbContextFactory<AppDbContext> contexts, WriteGate gate, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> EditAsync(Actor actor, int lineId, LineRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var terms = LineTerms.Validate(request, validation, text);
        if (!validation.IsValid)
        {
            return AdminOutcome.Invalid(validation);
        }

        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var line = await db.PhoneLines.SingleOrDefaultAsync(l => l.Id == lineId && l.OfficeId == actor.OfficeId, ct);
        if (line is null)
        {
            return AdminOutcome.NotFound(text["LineNotFound"]);
        }

        if (line.Number != terms!.Number && await db.Tickets.AnyAsync(t => t.OfficeId == actor.OfficeId && t.Line == line.Number, ct))
        {
            return AdminOutcome.Refused(text["LineNumberInUse", line.Number]);
        }

        if (!await terms.OperatorsBelongAsync(db, actor.OfficeId, ct))
        {
            validation.Add(nameof(request.OperatorIds), text["LineOperator"]);
            return AdminOutcome.Invalid(validation);
        }

        terms.ApplyTo(line);
        if (!await db.TrySaveUniqueAsync(ct))
        {
            validation.Add(nameof(request.Number), text["LineNumberTaken", terms.Number]);
            return AdminOutcome.Invalid(validation);
        }

        return AdminOutcome.Done;
    }
}
