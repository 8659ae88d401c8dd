using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Platform.Localisation;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

public sealed record CallFilter(DateOnly Day, int? Line = null, string? OperatorId = null, CallOutcome? Outcome = null);

public sealed record CallTicketLink(long Id, string Code);

public sealed record CallRow(
    long Id, DateTime? StartedAt, CallDirection Direction, int? Line, string? OperatorName, string? Citizen,
    int? WaitingSeconds, int? TalkingSeconds, CallOutcome Outcome, string? HangupCause, IReadOnlyList<CallTicketLink> Tickets);

/// <summary>The call log of a day: the supervisor sees the office's, a phone operator their own.</summary>
public sealed class ListCalls(IDbContextFactory<AppDbContext> contexts)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<CallRow>> ListAsync(Actor actor, CallFilter filter, CancellationToken ct)
    {
        var from = Utc(filter.Day);
        var to = Utc(filter.Day.AddDays(1));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var calls = db.Calls.AsNoTracking().Where(c => c.OfficeId == actor.OfficeId && (c.StartedAt ?? c.UpdatedAt) >= from && (c.StartedAt ?? c.UpdatedAt) < to);
        calls = actor.IsSupervisor ? calls : calls.Where(c => c.OperatorId == actor.UserId);
        if (filter.Line is { } line)
        {
            calls = calls.Where(c => c.Line == line);
        }

        if (filter.OperatorId is { } operatorId)
        {
            calls = calls.Where(c => c.OperatorId == operatorId);
        }

        if (filter.Outcome is { } outcome)
        {
            calls = calls.Where(c => c.Outcome == outcome);
        }

        var found = await calls.OrderByDescending(c => c.StartedAt ?? c.UpdatedAt).Take(MaxRows).Include(c => c.Tickets).ToListAsync(ct);
        var ids = found.SelectMany(c => c.Tickets).Select(t => t.TicketId).Distinct().ToList();
        var codes = await db.Tickets.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Code, ct);
        return [.. found.Select(c => new CallRow(
            c.Id, c.StartedAt, c.Direction, c.Line, c.OperatorName, c.Citizen, c.WaitingSeconds, c.TalkingSeconds, c.Outcome, c.HangupCause,
            [.. c.Tickets.Select(t => new CallTicketLink(t.TicketId, codes[t.TicketId]))]))];
    }

    /// <summary>The operators who appear in the office's log, for the supervisor's filter.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> OperatorsAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var operators = await db.Users.AsNoTracking()
            .Where(u => u.OfficeId == actor.OfficeId && (u.Role == Role.PhoneOperator || u.Role == Role.BackOffice || u.Role == Role.Supervisor))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return [.. operators.Select(o => (o.Id, o.DisplayName))];
    }

    private static DateTime Utc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return DateTime.SpecifyKind(local - Formats.Rome.GetUtcOffset(local), DateTimeKind.Utc);
    }
}
