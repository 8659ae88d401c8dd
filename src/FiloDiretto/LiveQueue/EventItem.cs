namespace FiloDiretto.LiveQueue;

/// <summary>What live screens receive about a change: no personal data, only enough to re-read the ticket.</summary>
public sealed record EventItem(long Seq, long TicketId, string Code, string Kind, string Status, string Area, DateTime At);
