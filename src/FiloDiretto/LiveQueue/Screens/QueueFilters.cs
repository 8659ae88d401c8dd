using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Platform;
using FiloDiretto.Tickets;

namespace FiloDiretto.LiveQueue.Screens;

/// <summary>
/// The live queue's filters as its address carries them (<c>/coda?area=all&amp;status=in-progress&amp;mine=true</c>), so a
/// reload keeps them. A specialist starts on their own area; an address that no longer makes sense falls back to the defaults.
/// </summary>
public sealed record QueueFilters(Area? Area, string? Category, TicketStatus? Status, bool AllStatuses, bool Mine, bool Overdue, string? Text)
{
    /// <summary>The address's word for "every area" and "every status".</summary>
    public const string All = "all";

    /// <summary>The defaults: the actor's area (everything for a supervisor), the open statuses.</summary>
    public static QueueFilters For(Actor actor) => new(actor.Area, null, null, false, false, false, null);

    public static QueueFilters FromAddress(Actor actor, string? area, string? category, string? status, string? mine, string? overdue, string? q)
    {
        var defaults = For(actor);
        return new(
            area == All ? null : Wire.TryParse<Area>(area, out var a) ? a : defaults.Area,
            string.IsNullOrWhiteSpace(category) ? null : category.Trim().ToUpperInvariant(),
            Wire.TryParse<TicketStatus>(status, out var s) ? s : null,
            status == All,
            mine == "true",
            overdue == "true",
            string.IsNullOrWhiteSpace(q) ? null : q.Trim());
    }

    /// <summary>The address's query parameters, only those that differ from the actor's defaults (null removes one).</summary>
    public IReadOnlyDictionary<string, object?> ToAddress(Actor actor) => new Dictionary<string, object?>
    {
        ["area"] = Area == actor.Area ? null : Area is { } a ? Wire.Name(a) : All,
        ["category"] = Category,
        ["status"] = AllStatuses ? All : Status is { } s ? Wire.Name(s) : null,
        ["mine"] = Mine ? "true" : null,
        ["overdue"] = Overdue ? "true" : null,
        ["q"] = Text,
    };

    /// <summary>The same conditions for <see cref="TicketQueries"/>: one place decides what matches, for the list and for live changes.</summary>
    public TicketFilter ToTicketFilter() => new(
        Status: AllStatuses ? null : Status is { } s ? s.ToString() : string.Join(',', Ticket.OpenStatuses),
        Area: Area?.ToString(),
        Category: Category,
        Holder: Mine ? "me" : null,
        Overdue: Overdue ? true : null,
        Q: Text,
        Limit: TicketQueries.MaxLimit);
}
