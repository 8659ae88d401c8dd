using System.Globalization;
using System.Text;
using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Messaging;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tickets;

public sealed record TicketFilter(
    string? Status = null,
    string? Area = null,
    string? Category = null,
    string? Holder = null,
    bool? Overdue = null,
    string? FiscalCode = null,
    string? Q = null,
    int? Limit = null,
    string? Cursor = null);

public sealed record TicketPage(IReadOnlyList<TicketView> Items, string? NextCursor);

/// <summary>The reads of the queue: a filtered page ordered by deadline, one ticket with its timeline, a citizen's tickets.</summary>
public sealed class TicketQueries(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public async Task<(TicketPage? Page, Validation Validation)> ListAsync(Actor actor, TicketFilter filter, CancellationToken ct)
    {
        var validation = new Validation();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Matching(db.Tickets.AsNoTracking().VisibleTo(actor), actor, filter, validation);

        var limit = filter.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            validation.Add("limit", Messages.Format("Validation.Range", MaxLimit));
        }

        if (filter.Cursor is not null)
        {
            if (TryReadCursor(filter.Cursor, out var dueAt, out var id))
            {
                query = query.Where(t => t.DueAt > dueAt || (t.DueAt == dueAt && t.Id > id));
            }
            else
            {
                validation.Add("cursor", Messages.Get("Validation.Cursor"));
            }
        }

        if (!validation.IsValid)
        {
            return (null, validation);
        }

        var tickets = await query.Include(t => t.Category).OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(limit + 1).ToListAsync(ct);
        var next = tickets.Count > limit ? Cursor(tickets[limit - 1]) : null;
        return (new TicketPage(tickets.Take(limit).Select(TicketView.From).ToList(), next), validation);
    }

    public async Task<TicketView?> GetAsync(Actor actor, long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ticket = await db.Tickets.AsNoTracking().VisibleTo(actor).Include(t => t.Category).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (ticket is null)
        {
            return null;
        }

        var events = await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == id).OrderBy(e => e.Seq).ToListAsync(ct);
        var messages = await db.Messages.AsNoTracking().Where(m => m.TicketId == id).OrderBy(m => m.Id).ToListAsync(ct);
        return TicketView.From(ticket) with
        {
            Timeline = events.ConvertAll(TimelineEntry.From),
            Messages = messages.ConvertAll(MessageView.From),
        };
    }

    /// <summary>
    /// The tickets among <paramref name="ids"/> that the actor may see and that match the filter's conditions (a live
    /// screen re-evaluating what changed); none when the filter is not valid.
    /// </summary>
    public async Task<List<TicketView>> GetManyAsync(Actor actor, IReadOnlyCollection<long> ids, TicketFilter filter, CancellationToken ct)
    {
        var validation = new Validation();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Matching(db.Tickets.AsNoTracking().VisibleTo(actor), actor, filter, validation);
        if (!validation.IsValid)
        {
            return [];
        }

        var tickets = await query.Include(t => t.Category).Where(t => ids.Contains(t.Id)).ToListAsync(ct);
        return tickets.ConvertAll(TicketView.From);
    }

    /// <summary>Everything the office holds for the caller, open tickets first, newest first within each group.</summary>
    public async Task<(IReadOnlyList<TicketView>? Tickets, Validation Validation)> ForCitizenAsync(Actor actor, string fiscalCode, CancellationToken ct)
    {
        var validation = new Validation();
        var key = CitizenKey(fiscalCode, validation, "fiscalCode");
        if (!validation.IsValid)
        {
            return (null, validation);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var tickets = await db.Tickets.AsNoTracking().VisibleTo(actor).Include(t => t.Category)
            .Where(t => t.FiscalCodeKey == key)
            .OrderByDescending(t => t.CreatedAt)
            .Take(MaxLimit)
            .ToListAsync(ct);
        return (tickets.OrderByDescending(t => t.IsOpen).Select(TicketView.From).ToList(), validation);
    }

    /// <summary>The filter's conditions (all but the page: limit and cursor) on a query of tickets; bad values go to <paramref name="validation"/>.</summary>
    private IQueryable<Ticket> Matching(IQueryable<Ticket> query, Actor actor, TicketFilter filter, Validation validation)
    {
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            var statuses = new List<TicketStatus>();
            foreach (var part in filter.Status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                statuses.Add(validation.Choice("status", part, TicketStatus.New));
            }

            query = query.Where(t => statuses.Contains(t.Status));
        }

        if (!string.IsNullOrWhiteSpace(filter.Area))
        {
            var area = validation.Choice("area", filter.Area, Area.Administrative);
            query = query.Where(t => t.Area == area);
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var code = filter.Category.Trim().ToUpperInvariant();
            query = query.Where(t => t.Category!.Code == code);
        }

        if (filter.Holder is not null)
        {
            if (filter.Holder != "me")
            {
                validation.Add("holder", Messages.Get("Validation.OnlyMe"));
            }

            query = query.Where(t => t.HolderId == actor.UserId);
        }

        if (filter.Overdue is true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            query = query.Where(t => t.DueAt < now && Ticket.OpenStatuses.Contains(t.Status));
        }

        if (!string.IsNullOrWhiteSpace(filter.FiscalCode))
        {
            var key = CitizenKey(filter.FiscalCode, validation, "fiscalCode");
            query = query.Where(t => t.FiscalCodeKey == key);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL upper(); the same on both engines
            query = query.Where(t => t.Code == q || t.Surname.ToUpper().StartsWith(q) || t.ApplicationNumber == q || t.Description.ToUpper().Contains(q));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return query;
    }

    private string? CitizenKey(string fiscalCode, Validation validation, string field)
    {
        var parsed = FiscalCode.Parse(fiscalCode, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!parsed.IsValid)
        {
            validation.Add(field, parsed.Message!);
        }

        return parsed.Code?.Canonical;
    }

    private static string Cursor(Ticket last) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{last.DueAt.Ticks}:{last.Id}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryReadCursor(string cursor, out DateTime dueAt, out long id)
    {
        dueAt = default;
        id = 0;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            var parts = text.Split(':');
            if (parts.Length != 2
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id)
                || ticks > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            dueAt = new DateTime(ticks, DateTimeKind.Utc);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
