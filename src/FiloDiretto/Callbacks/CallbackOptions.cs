namespace FiloDiretto.Callbacks;

/// <summary>The <c>Callbacks</c> settings (docs/OPERATIONS.md).</summary>
public sealed class CallbackOptions
{
    public const string Section = "Callbacks";

    /// <summary>The least time between a failed attempt and the next one.</summary>
    public int RetryIntervalMinutes { get; set; } = 60;

    /// <summary>Failed attempts (no answer, busy, voicemail) after which the ticket is escalated.</summary>
    public int MaxFailedAttempts { get; set; } = 3;

    /// <summary>How often each node looks for callbacks falling due or overdue; 0 turns the alerts off on this node.</summary>
    public int AlertIntervalSeconds { get; set; } = 30;

    public TimeSpan RetryInterval => TimeSpan.FromMinutes(RetryIntervalMinutes);
}
