using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Privacy;

public sealed record LegalHoldRequest(string? Reason);

/// <summary>A ticket's legal hold as it stands: who placed it, why and when; <see cref="Held"/> false when there is none.</summary>
public sealed record LegalHoldView(long TicketId, string Code, bool Held, string? By, string? Reason, DateTime? At, bool Anonymised)
{
    public static LegalHoldView From(Ticket t) =>
        new(t.Id, t.Code, t.LegalHold, t.LegalHoldByName, t.LegalHoldReason, t.LegalHoldAt, t.AnonymisedAt is not null);
}

/// <summary>The outcome of placing or lifting a hold: done, refused, invalid input, or no such ticket for this user.</summary>
public sealed record LegalHoldOutcome(LegalHoldView? Hold, Refusal? Refusal, IDictionary<string, string[]>? Errors = null);

/// <summary>Places and lifts the legal hold that keeps a ticket's personal data past their retention (a supervisor's decision).</summary>
public sealed partial class ManageLegalHold(IDbContextFactory<AppDbContext> contexts, WriteGate gate, TimeProvider clock, ILogger<ManageLegalHold> logger)
{
    public const int MaxReasonLength = 500;

    public async Task<LegalHoldView?> ReadAsync(Actor actor, long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ticket = await db.Tickets.AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(t => t.Id == id, ct);
        return ticket is null ? null : LegalHoldView.From(ticket);
    }

    public Task<LegalHoldOutcome> PlaceAsync(Actor actor, long id, LegalHoldRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, MaxReasonLength);
        return validation.IsValid
            ? ChangeAsync(actor, id, (t, now) => t.PlaceLegalHold(actor, reason!, now), ct)
            : Task.FromResult(new LegalHoldOutcome(null, null, validation.Errors));
    }

    public Task<LegalHoldOutcome> LiftAsync(Actor actor, long id, CancellationToken ct) =>
        ChangeAsync(actor, id, (t, now) =>
        {
            t.LiftLegalHold(now);
            return null;
        }, ct);

    private async Task<LegalHoldOutcome> ChangeAsync(Actor actor, long id, Func<Ticket, DateTime, Refusal?> change, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ticket = await db.Tickets.VisibleTo(actor).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (ticket is null)
        {
            return new LegalHoldOutcome(null, null);
        }

        var refusal = change(ticket, clock.GetUtcNow().UtcDateTime);
        if (refusal is not null)
        {
            return new LegalHoldOutcome(null, refusal);
        }

        ticket.Version++;
        await db.SaveChangesAsync(ct);
        Log(logger, ticket.Code, ticket.LegalHold, actor.UserId);
        return new LegalHoldOutcome(LegalHoldView.From(ticket), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Legal hold on ticket {Code} set to {Held} by user {UserId}.")]
    private static partial void Log(ILogger logger, string code, bool held, string userId);
}
