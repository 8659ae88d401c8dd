namespace FiloDiretto.Bench;

// The slice of the FiloDiretto API the bench reads and writes; unknown fields are ignored.

internal sealed record SignInRequest(string UserName, string Password);

internal sealed record TokenResponse(string? AccessToken);

internal sealed record IntakeRequest(
    CitizenRequest Citizen,
    string Category,
    string Description,
    string Channel,
    int Line,
    string Caller,
    string Priority);

internal sealed record CitizenRequest(string FiscalCode, string Surname, string GivenName, string Phone);

internal sealed record CreatedTicket(long Id);

/// <summary>What the hub pushes as <c>TicketChanged</c> and the event feed lists.</summary>
internal sealed record TicketChanged(long TicketId, string? Kind)
{
    public bool IsCreated => string.Equals(Kind, "Created", StringComparison.OrdinalIgnoreCase);
}

internal sealed record EventPage(IReadOnlyList<TicketChanged> Items, long Last);
