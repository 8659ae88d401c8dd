namespace FiloDiretto.Messaging;

/// <summary>What a written message tells the citizen; each has its template.</summary>
public enum MessageEvent
{
    TicketReceived,
    DocumentsRequested,
    FeedbackGiven,
    PleaseCallBack,
}

public enum MessageChannel
{
    Email,
    Sms,
}

/// <summary>Pending → Sending → Sent, or back to Pending for a later attempt, then Failed; Withheld is never sent.</summary>
public enum MessageState
{
    Pending,
    Sending,
    Sent,
    Failed,
    Withheld,
}
