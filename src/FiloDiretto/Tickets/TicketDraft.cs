using FiloDiretto.Categories;

namespace FiloDiretto.Tickets;

/// <summary>A validated intake, ready to become a ticket.</summary>
public sealed record TicketDraft(
    CitizenDetails Citizen,
    Category Category,
    string? ApplicationNumber,
    string Description,
    Channel Channel,
    int? Line,
    CallerKind Caller,
    Priority Priority);
