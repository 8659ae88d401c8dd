using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Patronati;

/// <summary>A patronato's home: the organisation's name and the tickets it filed, the most recently changed (a new feedback) first.</summary>
public sealed record OrganisationTickets(string Organisation, IReadOnlyList<TicketView> Tickets, bool More);

public sealed class ReadOrganisationTickets(IDbContextFactory<AppDbContext> contexts)
{
    public const int Limit = TicketQueries.MaxLimit;

    public async Task<OrganisationTickets> ReadAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == actor.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var tickets = await db.Tickets.AsNoTracking().VisibleTo(actor).Include(t => t.Category)
            .OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id)
            .Take(Limit + 1)
            .ToListAsync(ct);
        return new OrganisationTickets(name, tickets.Take(Limit).Select(TicketView.From).ToList(), tickets.Count > Limit);
    }
}
