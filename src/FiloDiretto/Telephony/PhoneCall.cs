namespace FiloDiretto.Telephony;

public enum CallDirection
{
    Inbound,
    Outbound,
}

/// <summary>Ringing and Connected while the call lasts; the others once it has ended.</summary>
public enum CallOutcome
{
    Ringing,
    Connected,
    Answered,
    Missed,
    Abandoned,
    Busy,
    Failed,
}

/// <summary>
/// One call handled by the office, inbound or outbound, recorded by the operator or by the telephone system (CTI).
/// Every CTI event fills its own facts, so the record ends the same whatever order the events arrive in.
/// </summary>
public sealed class PhoneCall
{
    public long Id { get; set; }
    public int OfficeId { get; set; }

    /// <summary>The telephone system's id of the call, unique per office; null for a call recorded by hand.</summary>
    public string? ExternalId { get; set; }

    public CallDirection Direction { get; set; }
    public int? Line { get; set; }
    public string? OperatorId { get; set; }
    public string? OperatorName { get; set; }

    /// <summary>The citizen's number in E.164 (the caller inbound, the one dialled outbound); null when withheld.</summary>
    public string? Citizen { get; set; }

    public DateTime? StartedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? HangupCause { get; set; }
    public CallOutcome Outcome { get; set; }

    /// <summary>Server time of the last change: the pop-up watches answers by it.</summary>
    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<PhoneCallTicket> Tickets { get; set; } = [];

    public int? WaitingSeconds => StartedAt is { } start && (AnsweredAt ?? EndedAt) is { } stop ? Seconds(start, stop) : null;

    public int? TalkingSeconds => AnsweredAt is { } answer && EndedAt is { } end ? Seconds(answer, end) : null;

    /// <summary>A call the operator records on the intake screen without a telephone system behind it.</summary>
    public static PhoneCall ByHand(int officeId, CallDirection direction, int? line, string operatorId, string operatorName, string? citizen, DateTime now) => new()
    {
        OfficeId = officeId,
        Direction = direction,
        Line = line,
        OperatorId = operatorId,
        OperatorName = operatorName,
        Citizen = citizen,
        StartedAt = now,
        AnsweredAt = now,
        Outcome = CallOutcome.Connected,
        UpdatedAt = now,
    };

    public void Link(long ticketId)
    {
        if (!Tickets.Exists(t => t.TicketId == ticketId))
        {
            Tickets.Add(new PhoneCallTicket { CallId = Id, TicketId = ticketId });
        }
    }

    /// <summary>The outcome follows from the facts alone, never from the order they came in.</summary>
    public void Settle() => Outcome = (AnsweredAt, EndedAt) switch
    {
        (null, null) => CallOutcome.Ringing,
        (not null, null) => CallOutcome.Connected,
        (not null, not null) => CallOutcome.Answered,
        _ => HangupCause switch
        {
            "busy" => CallOutcome.Busy,
            "failed" or "rejected" or "congestion" => CallOutcome.Failed,
            "cancelled" when Direction == CallDirection.Inbound => CallOutcome.Abandoned,
            _ => CallOutcome.Missed,
        },
    };

    private static int Seconds(DateTime from, DateTime to) => Math.Max(0, (int)Math.Round((to - from).TotalSeconds));
}

/// <summary>A ticket recorded or appended to during a call.</summary>
public sealed class PhoneCallTicket
{
    public long CallId { get; set; }
    public long TicketId { get; set; }
}
