namespace FiloDiretto.Tickets;

/// <summary>How the problem reached the office.</summary>
public enum Channel
{
    Phone,
    Patronato,
    Counter,
    Email,
    Api,
}

/// <summary>Who was on the phone: the citizen or someone acting for them.</summary>
public enum CallerKind
{
    Citizen,
    Relative,
    Guardian,
    Patronato,
    Association,
}

public enum Priority
{
    Normal,
    Urgent,
}

/// <summary>How the citizen prefers the office to reach them.</summary>
public enum PreferredChannel
{
    Phone,
    Email,
    Sms,
}

public enum ContactChannel
{
    Phone,
    Sms,
    Email,
    Pec,
}

public enum ContactOutcome
{
    Reached,
    NoAnswer,
    Busy,
    Voicemail,
    WrongNumber,
    Sent,
}

public enum EventKind
{
    Created,
    RepeatCall,
    TakenInCharge,
    Released,
    Note,
    ContactAttempt,
    AwaitingCitizen,
    Resolved,
    Forwarded,
    Reopened,
    Closed,
    CallbackPromised,
    CallbackAttempted,
    CallbackEscalated,
}
