using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tickets;

namespace FiloDiretto.Workspace;

/// <summary>What the workspace points out about a ticket's feedback deadline.</summary>
public enum DeadlineAlert
{
    None,
    DueToday,
    Overdue,
}

public static class Deadlines
{
    /// <summary>Only an open ticket still has a deadline to keep; "today" is the office's day, in Rome.</summary>
    public static DeadlineAlert Alert(TicketStatus status, DateTime dueAt, DateTime now) =>
        !Ticket.OpenStatuses.Contains(status) ? DeadlineAlert.None
        : dueAt < now ? DeadlineAlert.Overdue
        : Formats.Local(dueAt).Date == Formats.Local(now).Date ? DeadlineAlert.DueToday
        : DeadlineAlert.None;
}
