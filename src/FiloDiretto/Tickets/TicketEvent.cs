using FiloDiretto.Categories;

namespace FiloDiretto.Tickets;

/// <summary>
/// One committed change of a ticket. The table is the timeline, the audit of changes, the catch-up
/// feed of live screens and the source of the statistics; <see cref="Seq"/> is gap-free per office.
/// </summary>
public sealed class TicketEvent
{
    public int OfficeId { get; set; }
    public long Seq { get; set; }
    public long TicketId { get; set; }
    public EventKind Kind { get; set; }

    /// <summary>The ticket's status after the change.</summary>
    public TicketStatus Status { get; set; }

    public Area Area { get; set; }
    public DateTime At { get; set; }
    public required string ByUserId { get; set; }
    public required string ByName { get; set; }
    public string? Text { get; set; }

    /// <summary>Structured detail of the event, e.g. <c>phone:no-answer</c> or the body forwarded to.</summary>
    public string? Detail { get; set; }

    /// <summary>Gives <paramref name="events"/>, in order, the numbers that end at <paramref name="last"/>.</summary>
    public static void Number(IReadOnlyList<TicketEvent> events, long last)
    {
        for (var i = 0; i < events.Count; i++)
        {
            events[i].Seq = last - events.Count + 1 + i;
        }
    }
}
