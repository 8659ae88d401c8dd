namespace FiloDiretto.Tickets;

public enum TicketStatus
{
    New,
    InProgress,
    AwaitingCitizen,
    Resolved,
    Closed,
    Reopened,
    Forwarded,
}
