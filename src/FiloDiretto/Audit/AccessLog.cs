using FiloDiretto.Accounts;
using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Audit;

/// <summary>Whose data an access touched: a ticket and its citizen, a citizen alone (a lookup), or neither (a list of names).</summary>
public sealed record AccessSubject(long? TicketId, string? FiscalCode)
{
    public static readonly AccessSubject None = new(null, null);

    public static AccessSubject Of(TicketView ticket) => new(ticket.Id, ticket.Citizen.FiscalCode);

    /// <summary>One subject per ticket of the citizen, or the citizen alone when there is none: a request about them is on record either way.</summary>
    public static IReadOnlyList<AccessSubject> OfCitizen(string fiscalCode, IReadOnlyCollection<long> ticketIds) =>
        ticketIds.Count == 0 ? [new AccessSubject(null, fiscalCode)] : ticketIds.Select(id => new AccessSubject(id, fiscalCode)).ToList();
}

/// <summary>
/// Appends entries to an office's chain. Numbers come from a counter row locked in the writer's transaction,
/// so writers on several nodes queue on it and the chain stays linear and gap-free.
/// </summary>
public sealed class AccessLog(IDbContextFactory<AppDbContext> contexts, WriteGate gate, CitizenDigest digest, TimeProvider clock)
{
    public static string Counter(int officeId) => $"audit:{officeId}";

    public Task RecordAsync(Actor actor, AccessAction action, TicketView ticket, CancellationToken ct) =>
        RecordAsync(actor, action, [AccessSubject.Of(ticket)], ct);

    /// <summary>One entry per ticket, so "who read this citizen's data" is an indexed lookup; written before the data is handed out.</summary>
    public Task RecordAsync(Actor actor, AccessAction action, IEnumerable<TicketView> tickets, CancellationToken ct) =>
        RecordAsync(actor, action, tickets.Select(AccessSubject.Of).ToList(), ct);

    /// <summary>A search by fiscal code is a read of that citizen's data even when it finds nothing.</summary>
    public Task RecordLookupAsync(Actor actor, string fiscalCode, IReadOnlyList<TicketView> found, CancellationToken ct) =>
        RecordAsync(actor, AccessAction.Read, AccessSubject.OfCitizen(fiscalCode, found.Select(t => t.Id).ToList()), ct);

    public async Task RecordAsync(Actor actor, AccessAction action, IReadOnlyList<AccessSubject> subjects, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AppendAsync(db, actor, action, subjects, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Adds the entries to the caller's open transaction, so a change and its record commit together.</summary>
    public async Task AppendAsync(AppDbContext db, Actor actor, AccessAction action, IReadOnlyList<AccessSubject> subjects, CancellationToken ct)
    {
        if (subjects.Count == 0)
        {
            subjects = [AccessSubject.None];
        }

        var origin = AccessOrigin.Current;
        var at = AccessLogEntry.Stored(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(at);
        var last = await db.TakeAsync(Counter(actor.OfficeId), subjects.Count, ct);
        var seq = last - subjects.Count;
        // A missing predecessor is already a broken chain that verify reports; the office keeps working.
        var previous = seq == 0 ? AccessLogEntry.Genesis : await db.AccessLogEntries
            .Where(e => e.OfficeId == actor.OfficeId && e.Seq == seq).Select(e => e.Hash).SingleOrDefaultAsync(ct) ?? AccessLogEntry.Genesis;
        foreach (var subject in subjects)
        {
            var code = subject.FiscalCode is null ? null : FiscalCode.Parse(subject.FiscalCode, today).Code;
            var entry = new AccessLogEntry
            {
                OfficeId = actor.OfficeId,
                Seq = ++seq,
                At = at,
                UserId = actor.UserId,
                UserName = actor.Name,
                Role = actor.Role,
                Action = action,
                Channel = origin.Channel,
                RemoteAddress = origin.RemoteAddress,
                TicketId = subject.TicketId,
                CitizenDigest = code is null ? null : digest.Of(code.Canonical),
                CitizenMasked = code?.Masked,
                PreviousHash = previous,
            }.Seal();
            db.AccessLogEntries.Add(entry);
            previous = entry.Hash;
        }

        await db.SaveChangesAsync(ct);
    }
}
