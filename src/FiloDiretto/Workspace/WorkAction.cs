using FiloDiretto.Accounts;
using FiloDiretto.Tickets;

namespace FiloDiretto.Workspace;

/// <summary>What a user can do to a ticket from its workspace.</summary>
public enum WorkAction
{
    Take,
    Release,
    LogContact,
    AwaitCitizen,
    Resolve,
    Forward,
    AddNote,
    Reopen,
    Close,
}

/// <summary>
/// Which actions the workspace offers: the API's policy for the action and, mirroring the guards of <see cref="Ticket"/>,
/// the ticket's state, so the screen shows only what the ticket would accept. The ticket still decides.
/// </summary>
public static class WorkRules
{
    public static string PolicyOf(WorkAction action) => action switch
    {
        WorkAction.AddNote => Policies.WriteNotes,
        WorkAction.Reopen => Policies.ReopenTickets,
        _ => Policies.WorkTickets,
    };

    public static bool StateAllows(WorkAction action, TicketStatus status, string? holderId, Actor actor)
    {
        var holds = holderId == actor.UserId;
        var working = status is TicketStatus.InProgress or TicketStatus.AwaitingCitizen;
        var answered = status is TicketStatus.Resolved or TicketStatus.Forwarded;
        return action switch
        {
            WorkAction.Take => status is TicketStatus.New or TicketStatus.Reopened,
            WorkAction.Release => working && (holds || actor.IsSupervisor),
            WorkAction.LogContact or WorkAction.Resolve or WorkAction.Forward => working && holds,
            WorkAction.AwaitCitizen => status == TicketStatus.InProgress && holds,
            WorkAction.AddNote => true,
            WorkAction.Reopen => answered,
            WorkAction.Close => answered && (holds || actor.IsSupervisor),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
