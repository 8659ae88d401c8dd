using FiloDiretto.Accounts;

namespace FiloDiretto.Tickets;

/// <summary>The tickets an actor may see: their office's, and for a patronato only its own organisation's.</summary>
public static class TicketAccess
{
    public static IQueryable<Ticket> VisibleTo(this IQueryable<Ticket> tickets, Actor actor)
    {
        tickets = tickets.Where(t => t.OfficeId == actor.OfficeId);
        if (actor.Role != Role.Patronato)
        {
            return tickets;
        }

        // A patronato without an organisation sees nothing: compared with null it would match every ticket the office filed.
        return actor.OrganisationId is { } organisation
            ? tickets.Where(t => t.OrganisationId == organisation)
            : tickets.Where(_ => false);
    }
}
