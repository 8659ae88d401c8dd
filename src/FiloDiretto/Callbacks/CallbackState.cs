namespace FiloDiretto.Callbacks;

public enum CallbackState
{
    /// <summary>An attempt is due in the current window.</summary>
    Open,

    /// <summary>The number was wrong: no retry until someone gives a new one.</summary>
    NeedsNumber,
    Reached,
    Escalated,
    Cancelled,
}

/// <summary>Where an open callback stands against the clock.</summary>
public enum CallbackTiming
{
    Upcoming,
    Due,
    Overdue,
    NeedsNumber,
    Closed,
}
