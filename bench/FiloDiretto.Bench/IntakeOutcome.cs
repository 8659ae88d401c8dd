namespace FiloDiretto.Bench;

/// <summary>One intake as the client saw it: when it was sent, when the answer arrived, and the ticket or the error.</summary>
internal readonly record struct IntakeOutcome(long SentAt, long AnsweredAt, long TicketId, string? Error)
{
    public bool Acknowledged => Error is null;
}
