using FiloDiretto.Tickets;

namespace FiloDiretto.Callbacks;

/// <summary>One call made to keep a callback promise, and how it went.</summary>
public sealed class CallbackAttempt
{
    public long Id { get; set; }
    public long CallbackId { get; set; }
    public DateTime At { get; set; }
    public ContactOutcome Outcome { get; set; }
    public string? Note { get; set; }
    public required string ByUserId { get; set; }
    public required string ByName { get; set; }
}
