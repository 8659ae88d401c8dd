using FiloDiretto.Accounts;
using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Telephony;

/// <summary>One event of the telephone system (docs/TELEPHONY.md): <c>newCall</c>, <c>answer</c> or <c>hangup</c> of call <c>callId</c>.</summary>
public sealed record CtiEvent(
    string? Event,
    string? CallId,
    DateTimeOffset? At,
    string? From,
    string? To,
    string? Direction,
    string? User,
    int? Line,
    string? Cause);

public sealed record CallSummary(string CallId, string Outcome);

public sealed record CtiOutcome(CallSummary? Call, IDictionary<string, string[]>? Errors = null);

/// <summary>
/// Applies a CTI event to the office's call log. A repeated event changes nothing; events may come in any order,
/// since each one only fills the facts it knows (newCall's own facts take precedence over what the others carried).
/// </summary>
public sealed class RecordCtiEvent(IDbContextFactory<AppDbContext> contexts, WriteGate gate, IOptions<TelephonyOptions> options, TimeProvider clock)
{
    public const int MaxCallIdLength = 100;
    private const int Attempts = 5;
    private static readonly string[] Kinds = ["newCall", "answer", "hangup"];
    private static readonly string[] Causes = ["normal", "no-answer", "busy", "cancelled", "failed", "rejected", "congestion"];

    public async Task<CtiOutcome> RecordAsync(string officeCode, CtiEvent e, CancellationToken ct)
    {
        var validation = new Validation();
        var kind = Kinds.FirstOrDefault(k => string.Equals(k, e.Event, StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            validation.Add("event", Messages.Format("Validation.NotAllowed", e.Event ?? "", string.Join(", ", Kinds)));
        }

        var callId = validation.Text("callId", e.CallId, MaxCallIdLength);
        var direction = validation.Choice("direction", e.Direction, CallDirection.Inbound);
        var cause = e.Cause?.Trim().ToLowerInvariant();
        if (cause is not null && !Causes.Contains(cause))
        {
            validation.Add("cause", Messages.Format("Validation.NotAllowed", e.Cause!, string.Join(", ", Causes)));
        }

        if (!validation.IsValid)
        {
            return new CtiOutcome(null, validation.Errors);
        }

        var at = (e.At ?? clock.GetUtcNow()).UtcDateTime;
        // A withheld or malformed caller number is still a call to log, without the number.
        var citizen = ItalianPhone.Parse(direction == CallDirection.Inbound ? e.From : e.To).Phone?.E164;
        for (var attempt = 1; ; attempt++)
        {
            using var turn = await gate.EnterAsync(ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var officeId = await db.Offices.Where(o => o.Code == officeCode).Select(o => o.Id).SingleAsync(ct);
            var call = await db.Calls.SingleOrDefaultAsync(c => c.OfficeId == officeId && c.ExternalId == callId, ct);
            if (call is null)
            {
                call = new PhoneCall { OfficeId = officeId, ExternalId = callId, Direction = direction };
                db.Calls.Add(call);
            }

            var line = e.Line ?? await LineDialledAsync(db, officeId, direction == CallDirection.Inbound ? e.To : e.From, ct);
            var user = await OperatorAsync(db, officeId, officeCode, e.User, ct);
            Apply(call, kind!, at, direction, citizen, line, user, cause);
            if (db.Entry(call).State == EntityState.Added || db.ChangeTracker.HasChanges())
            {
                call.Settle();
                call.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                call.Version++;
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Two events of one call at once: the other's insert or update won; apply this one over it.
                    continue;
                }
            }

            return new CtiOutcome(new CallSummary(callId!, Wire.Name(call.Outcome)));
        }
    }

    private static void Apply(PhoneCall call, string kind, DateTime at, CallDirection direction, string? citizen, int? line, (string Id, string Name)? user, string? cause)
    {
        var own = kind == "newCall";
        if (own || call.StartedAt is null)
        {
            call.Direction = direction;
            call.Citizen = citizen ?? call.Citizen;
            call.Line = line ?? call.Line;
        }

        switch (kind)
        {
            case "newCall":
                call.StartedAt ??= at;
                if (direction == CallDirection.Outbound && call.OperatorId is null && user is { } caller)
                {
                    (call.OperatorId, call.OperatorName) = caller;
                }

                break;
            case "answer":
                call.AnsweredAt ??= at;
                if (user is { } answering)
                {
                    (call.OperatorId, call.OperatorName) = answering;
                }

                break;
            default:
                call.EndedAt ??= at;
                call.HangupCause ??= cause ?? "normal";
                break;
        }
    }

    private static async Task<int?> LineDialledAsync(AppDbContext db, int officeId, string? number, CancellationToken ct)
    {
        var phone = ItalianPhone.Parse(number).Phone?.E164;
        return phone is null
            ? null
            : await db.PhoneLines.Where(l => l.OfficeId == officeId && l.Phone == phone).Select(l => (int?)l.Number).FirstOrDefaultAsync(ct);
    }

    /// <summary>The operator named by user name or by extension, in this office only.</summary>
    private async Task<(string Id, string Name)?> OperatorAsync(AppDbContext db, int officeId, string officeCode, string? named, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(named))
        {
            return null;
        }

        var extensions = options.Value.Offices.GetValueOrDefault(officeCode)?.Extensions;
        var userName = (extensions?.GetValueOrDefault(named.Trim()) ?? named.Trim()).ToUpperInvariant();
        var user = await db.Users.Where(u => u.OfficeId == officeId && u.NormalizedUserName == userName)
            .Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(ct);
        return user is null ? null : (user.Id, user.DisplayName);
    }
}
