using FiloDiretto.Platform;

namespace FiloDiretto.Callbacks;

public sealed record AttemptView(DateTime At, string Outcome, string? Note, string By);

/// <summary>A callback promise as the API and the screens show it; <see cref="Timing"/> is read at the moment of the read.</summary>
public sealed record CallbackView(
    long Id,
    long TicketId,
    string TicketCode,
    string State,
    string Timing,
    string Holder,
    string Phone,
    string Purpose,
    IReadOnlyList<string> ReachableDays,
    string ReachableFrom,
    string ReachableTo,
    DateTime WindowStart,
    DateTime WindowEnd,
    int FailedAttempts,
    DateTime CreatedAt,
    DateTime? EscalatedAt,
    IReadOnlyList<AttemptView> Attempts)
{
    public static CallbackView From(Callback c, string ticketCode, DateTime now) => new(
        c.Id, c.TicketId, ticketCode, Wire.Name(c.State), Wire.Name(Callback.TimingAt(c.State, c.WindowStart, c.WindowEnd, now)),
        c.HolderName, c.Phone, c.Purpose,
        [.. c.Hours.Days.Order().Select(d => Wire.Name(d))], c.ReachableFrom.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        c.ReachableTo.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        c.WindowStart, c.WindowEnd, c.FailedAttempts, c.CreatedAt, c.EscalatedAt,
        [.. c.Attempts.OrderBy(a => a.At).Select(a => new AttemptView(a.At, Wire.Name(a.Outcome), a.Note, a.ByName))]);
}
