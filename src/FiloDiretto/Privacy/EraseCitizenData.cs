using FiloDiretto.Accounts;
using FiloDiretto.Audit;
using FiloDiretto.Data;
using FiloDiretto.Messaging;
using FiloDiretto.Platform;
using FiloDiretto.Telephony;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Privacy;

/// <summary>The tickets whose personal data were removed, and those a legal hold kept (by code).</summary>
public sealed record Erasure(IReadOnlyList<string> Anonymised, IReadOnlyList<string> Held);

/// <summary>Anonymises every ticket of one fiscal code on the citizen's documented request (GDPR art. 17), except those under legal hold.</summary>
public sealed class EraseCitizenData(IDbContextFactory<AppDbContext> contexts, WriteGate gate, RightsRequestLog log, AccessLog accessLog, TimeProvider clock)
{
    public async Task<(Erasure? Erasure, Validation Validation)> EraseAsync(Actor actor, CitizenRightsRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var validation = new Validation();
        var (key, reference) = request.Read(DateOnly.FromDateTime(now), validation);
        if (!validation.IsValid)
        {
            return (null, validation);
        }

        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var tickets = await db.Tickets.VisibleTo(actor).Include(t => t.Events)
            .Where(t => t.FiscalCodeKey == key && t.AnonymisedAt == null)
            .OrderBy(t => t.Id)
            .ToListAsync(ct);
        var (anonymised, held, erased) = (new List<string>(), new List<string>(), new List<long>());
        foreach (var ticket in tickets)
        {
            if (ticket.Anonymise(now) is null)
            {
                ticket.Version++;
                anonymised.Add(ticket.Code);
                erased.Add(ticket.Id);
            }
            else
            {
                held.Add(ticket.Code);
            }
        }

        await db.SaveChangesAsync(ct);
        await MessageErasure.EraseAsync(db, erased, ct);
        await CallErasure.EraseAsync(db, erased, ct);
        await accessLog.AppendAsync(db, actor, AccessAction.Erase, AccessSubject.OfCitizen(key!, erased), ct);
        await transaction.CommitAsync(ct);
        log.RecordRightsRequest(actor, RightsRequestKind.Erasure, reference!, anonymised);
        return (new Erasure(anonymised, held), validation);
    }
}
