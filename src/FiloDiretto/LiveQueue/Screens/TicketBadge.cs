namespace FiloDiretto.LiveQueue.Screens;

/// <summary>Which of a ticket's signs <see cref="TicketBadges"/> shows.</summary>
public enum TicketBadge
{
    /// <summary>How long since it was recorded: "3 g".</summary>
    Age,

    /// <summary>"Scaduta" or "Scade oggi" while the office still owes an answer.</summary>
    Deadline,

    /// <summary>"Urgente" and the repeat calls.</summary>
    Flags,
}
