using System.Globalization;

namespace FiloDiretto.Callbacks;

/// <summary>
/// The <see cref="Tickets.TicketEvent.Detail"/> of callback events: <c>promised|rescheduled|&lt;outcome&gt;:start/end</c>,
/// <c>cancelled</c>, or a bare outcome; instants in UTC.
/// </summary>
public static class CallbackDetail
{
    public const string Promised = "promised";
    public const string Rescheduled = "rescheduled";
    public const string Cancelled = "cancelled";

    private const string Format = "yyyy-MM-dd'T'HH:mm'Z'";

    public static string Window(string what, DateTime start, DateTime end) =>
        $"{what}:{start.ToString(Format, CultureInfo.InvariantCulture)}/{end.ToString(Format, CultureInfo.InvariantCulture)}";

    /// <summary>What happened and, where the event set one, the window of the next attempt.</summary>
    public static (string What, DateTime? Start, DateTime? End) Read(string? detail)
    {
        if (detail?.Split(':', 2) is [var what, var window] && window.Split('/') is [var start, var end]
            && TryParse(start, out var from) && TryParse(end, out var to))
        {
            return (what, from, to);
        }

        return (detail ?? "", null, null);
    }

    private static bool TryParse(string text, out DateTime utc) =>
        DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc);
}
