using FiloDiretto.Accounts;

namespace FiloDiretto.Privacy;

public enum RightsRequestKind
{
    Export,
    Erasure,
}

/// <summary>Puts a data-subject request on record: who answered it, under which protocol number, which tickets it touched.</summary>
public sealed partial class RightsRequestLog(ILogger<RightsRequestLog> logger)
{
    /// <summary>The protocol number beside the access log's entries (which name the citizen); no personal data here: ticket codes only.</summary>
    public void RecordRightsRequest(Actor actor, RightsRequestKind kind, string reference, IReadOnlyCollection<string> ticketCodes) =>
        Log(logger, kind, reference, actor.UserId, actor.OfficeId, ticketCodes.Count, ticketCodes);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Data-subject request {Kind} under protocol {Reference} answered by user {UserId} of office {OfficeId}: {Count} tickets ({Tickets}).")]
    private static partial void Log(ILogger logger, RightsRequestKind kind, string reference, string userId, int officeId, int count, IReadOnlyCollection<string> tickets);
}
