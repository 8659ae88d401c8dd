using FiloDiretto.Accounts;
using FiloDiretto.Audit;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Privacy;

/// <summary>One ticket as held about the citizen, with its whole timeline and whether a legal hold keeps it.</summary>
public sealed record ExportedTicket(TicketView Ticket, bool LegalHold);

/// <summary>Everything the office holds about one fiscal code (GDPR arts. 15 and 20): machine-readable as JSON.</summary>
public sealed record CitizenExport(string FiscalCode, string Reference, DateTime ExportedAt, IReadOnlyList<ExportedTicket> Tickets);

public sealed class ExportCitizenData(IDbContextFactory<AppDbContext> contexts, RightsRequestLog log, AccessLog accessLog, TimeProvider clock)
{
    public async Task<(CitizenExport? Export, Validation Validation)> ExportAsync(Actor actor, CitizenRightsRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var validation = new Validation();
        var (key, reference) = request.Read(DateOnly.FromDateTime(now), validation);
        if (!validation.IsValid)
        {
            return (null, validation);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var tickets = await db.Tickets.AsNoTracking().VisibleTo(actor)
            .Include(t => t.Category)
            .Include(t => t.Events.OrderBy(e => e.Seq))
            .Where(t => t.FiscalCodeKey == key)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .AsSplitQuery()
            .ToListAsync(ct);
        var exported = tickets.ConvertAll(t => new ExportedTicket(
            TicketView.From(t) with { Timeline = t.Events.ConvertAll(TimelineEntry.From) }, t.LegalHold));
        await accessLog.RecordAsync(actor, AccessAction.Export, AccessSubject.OfCitizen(key!, tickets.ConvertAll(t => t.Id)), ct);
        log.RecordRightsRequest(actor, RightsRequestKind.Export, reference!, tickets.ConvertAll(t => t.Code));
        return (new CitizenExport(key!, reference!, now, exported), validation);
    }
}
