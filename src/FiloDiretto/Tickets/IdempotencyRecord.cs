namespace FiloDiretto.Tickets;

/// <summary>
/// Remembers which ticket a client's <c>Idempotency-Key</c> created. Written in the same transaction as
/// the ticket under a unique index, so the constraint, not a prior check, decides.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }
    public int OfficeId { get; set; }
    public required string UserId { get; set; }
    public required string Key { get; set; }

    /// <summary>SHA-256 of the request body, to tell a true retry from a reused key.</summary>
    public required string RequestHash { get; set; }

    public long TicketId { get; set; }
    public Ticket? Ticket { get; set; }
    public DateTime CreatedAt { get; set; }
}
