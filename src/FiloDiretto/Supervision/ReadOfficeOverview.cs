using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Supervision;

/// <summary>How many open tickets of one area are in each open status.</summary>
public sealed record AreaLoad(Area Area, IReadOnlyDictionary<TicketStatus, int> ByStatus)
{
    public int Total => ByStatus.Values.Sum();
}

/// <summary>What one specialist holds: tickets being worked, tickets waiting for the citizen, the oldest of them.</summary>
public sealed record HolderLoad(string Name, int InProgress, int AwaitingCitizen, long OldestId, string OldestCode, DateTime OldestCreatedAt);

/// <summary>The office at a glance, as the supervisor watches it.</summary>
public sealed record OfficeOverview(
    IReadOnlyDictionary<TicketStatus, int> ByStatus,
    IReadOnlyList<AreaLoad> ByArea,
    IReadOnlyList<TicketView> Oldest,
    IReadOnlyList<TicketView> DueSoon,
    int DueSoonCount,
    DateTime DueSoonBefore,
    IReadOnlyList<HolderLoad> Holders);

/// <summary>Reads the supervisor's overview of their office: counts, the oldest open tickets, the deadlines at risk, who holds what.</summary>
public sealed class ReadOfficeOverview(IDbContextFactory<AppDbContext> contexts, OfficeProfiles offices, TimeProvider clock)
{
    public const int OldestCount = 10;
    public const int DueSoonLimit = 50;

    public async Task<OfficeOverview> ReadAsync(Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = (await offices.GetAsync(actor.OfficeId, ct)).Calendar;
        // At risk: already late, or late unless answered by the end of the next working day.
        var dueSoonBefore = calendar.DueAtUtc(now, 1);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var tickets = db.Tickets.AsNoTracking().VisibleTo(actor);
        var open = tickets.Where(t => Ticket.OpenStatuses.Contains(t.Status));

        var byStatus = await tickets.GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byArea = await open.GroupBy(t => new { t.Area, t.Status }).Select(g => new { g.Key.Area, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var oldest = await open.Include(t => t.Category).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(OldestCount).ToListAsync(ct);
        var dueSoon = open.Where(t => t.DueAt <= dueSoonBefore);
        var dueSoonCount = await dueSoon.CountAsync(ct);
        var dueSoonFirst = await dueSoon.Include(t => t.Category).OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(DueSoonLimit).ToListAsync(ct);
        var held = await open.Where(t => t.HolderId != null)
            .Select(t => new { t.Id, t.Code, t.HolderId, t.HolderName, t.Status, t.CreatedAt })
            .ToListAsync(ct);

        return new OfficeOverview(
            Enum.GetValues<TicketStatus>().ToDictionary(s => s, s => byStatus.SingleOrDefault(c => c.Key == s)?.Count ?? 0),
            [.. Enum.GetValues<Area>().Select(a => new AreaLoad(a, Ticket.OpenStatuses.ToDictionary(
                s => s, s => byArea.SingleOrDefault(c => c.Area == a && c.Status == s)?.Count ?? 0)))],
            oldest.ConvertAll(TicketView.From),
            dueSoonFirst.ConvertAll(TicketView.From),
            dueSoonCount,
            dueSoonBefore,
            [.. held.GroupBy(t => t.HolderId)
                .Select(g =>
                {
                    var first = g.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).First();
                    return new HolderLoad(
                        first.HolderName ?? "",
                        g.Count(t => t.Status == TicketStatus.InProgress),
                        g.Count(t => t.Status == TicketStatus.AwaitingCitizen),
                        first.Id,
                        first.Code,
                        first.CreatedAt);
                })
                .OrderBy(h => h.Name, StringComparer.CurrentCulture)]);
    }
}
