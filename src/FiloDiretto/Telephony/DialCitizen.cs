using System.Net.Http.Json;
using FiloDiretto.Accounts;
using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Telephony;

public enum DialOutcome
{
    Dialling,
    InvalidNumber,
    Refused,
    Unreachable,
}

/// <summary>
/// Click-to-dial: asks the telephone system to ring the operator's phone and then the citizen's number, and logs the
/// outbound call linked to the ticket. Nothing is logged unless the telephone system accepts the request.
/// </summary>
public sealed partial class DialCitizen(
    IHttpClientFactory clients,
    IOptions<TelephonyOptions> options,
    IDbContextFactory<AppDbContext> contexts,
    WriteGate gate,
    TimeProvider clock,
    ILogger<DialCitizen> logger)
{
    public bool IsConfigured => options.Value.ClickToDial.IsConfigured;

    public async Task<DialOutcome> DialAsync(Actor actor, string number, long? ticketId, CancellationToken ct)
    {
        if (!IsConfigured)
        {
            return DialOutcome.Unreachable;
        }

        var to = ItalianPhone.Parse(number).Phone?.E164;
        if (to is null)
        {
            return DialOutcome.InvalidNumber;
        }

        string from;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (ticketId is { } id && !await db.Tickets.VisibleTo(actor).AnyAsync(t => t.Id == id, ct))
            {
                return DialOutcome.Refused;
            }

            from = await CallerAsync(db, actor, ct);
        }

        var callId = $"fd-{Guid.NewGuid():N}";
        var outcome = await RequestAsync(new DialRequest(from, to, ticketId, callId), ct);
        if (outcome == DialOutcome.Dialling)
        {
            await LogAsync(actor, to, ticketId, callId, ct);
        }

        return outcome;
    }

    private async Task<DialOutcome> RequestAsync(DialRequest dial, CancellationToken ct)
    {
        var settings = options.Value.ClickToDial;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = JsonContent.Create(dial) };
        if (!string.IsNullOrEmpty(settings.Key))
        {
            request.Headers.TryAddWithoutValidation(settings.KeyHeader, settings.Key);
        }

        try
        {
            using var response = await clients.CreateClient(nameof(DialCitizen)).SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                return DialOutcome.Dialling;
            }

            LogRefused(logger, (int)response.StatusCode);
            return DialOutcome.Refused;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            LogUnreachable(logger, e);
            return DialOutcome.Unreachable;
        }
    }

    /// <summary>The extension mapped to the operator in the office's settings, or else their user name, as CTI events name them.</summary>
    private async Task<string> CallerAsync(AppDbContext db, Actor actor, CancellationToken ct)
    {
        var office = await db.Offices.Where(o => o.Id == actor.OfficeId).Select(o => o.Code).SingleAsync(ct);
        var userName = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.UserName).SingleAsync(ct) ?? actor.UserId;
        var extensions = options.Value.Offices.GetValueOrDefault(office)?.Extensions ?? [];
        return extensions.FirstOrDefault(e => string.Equals(e.Value, userName, StringComparison.OrdinalIgnoreCase)).Key ?? userName;
    }

    private async Task LogAsync(Actor actor, string to, long? ticketId, string callId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var call = new PhoneCall
        {
            OfficeId = actor.OfficeId,
            ExternalId = callId,
            Direction = CallDirection.Outbound,
            OperatorId = actor.UserId,
            OperatorName = actor.Name,
            Citizen = to,
            StartedAt = now,
            UpdatedAt = now,
        };
        if (ticketId is { } id)
        {
            call.Link(id);
        }

        call.Settle();
        db.Calls.Add(call);
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The telephone system refused a click-to-dial request with status {Status}.")]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The telephone system is unreachable for click-to-dial.")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);

    private sealed record DialRequest(string From, string To, long? TicketId, string CallId);
}
