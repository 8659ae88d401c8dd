using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

/// <summary>Adds a dedicated phone line to the administrator's office.</summary>
public sealed class CreateLine(IDbContextFactory<AppDbContext> contexts, WriteGate gate, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> CreateAsync(Actor actor, LineRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var terms = LineTerms.Validate(request, validation, text);
        if (!validation.IsValid)
        {
            return AdminOutcome.Invalid(validation);
        }

        var line = new PhoneLine { OfficeId = actor.OfficeId, Name = "", Phone = "" };
        terms!.ApplyTo(line);
        using (await gate.EnterAsync(ct))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (!await terms.OperatorsBelongAsync(db, actor.OfficeId, ct))
            {
                validation.Add(nameof(request.OperatorIds), text["LineOperator"]);
                return AdminOutcome.Invalid(validation);
            }

            db.PhoneLines.Add(line);
            if (!await db.TrySaveUniqueAsync(ct))
            {
                validation.Add(nameof(request.Number), text["LineNumberTaken", terms.Number]);
                return AdminOutcome.Invalid(validation);
            }
        }

        return AdminOutcome.Done;
    }
}
