using FiloDiretto.Accounts;

namespace FiloDiretto.Tickets;

/// <summary>The tickets an actor may see: their office's, and for a patronato only its own organisation's.</summary>
public static class TicketAccess
{
    public static IQueryable<Ticket> VisibleTo(this IQueryable<Ticket> tickets, Actor actor)
    {
        tickets = tickets.Where(t => t.OfficeId == actor.OfficeId);
        return actor.Role == Role.Patronato
            ? tickets.Where(t => t.OrganisationId == actor.OrganisationId)
            : tickets;
    }
}
