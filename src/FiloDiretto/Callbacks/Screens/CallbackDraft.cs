using System.Globalization;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;

namespace FiloDiretto.Callbacks.Screens;

/// <summary>What the user typed in the callback panel's forms: kept until the action it was typed for is done.</summary>
public sealed class CallbackDraft
{
    public DateOnly? Date { get; set; }
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }
    public HashSet<DayOfWeek> Days { get; set; } = [.. ReachableHours.Weekdays];
    public TimeOnly? ReachableFrom { get; set; } = new(9, 0);
    public TimeOnly? ReachableTo { get; set; } = new(13, 0);
    public string? Phone { get; set; }
    public string? Purpose { get; set; }
    public string? Reason { get; set; }
    public string? Outcome { get; set; }
    public string? Note { get; set; }

    /// <summary>A new promise: today, the ticket's number.</summary>
    public static CallbackDraft For(string phone, DateTime now) => new() { Date = DateOnly.FromDateTime(Formats.Local(now)), Phone = phone };

    /// <summary>A new window for <paramref name="open"/>: its hours and number, to change as agreed.</summary>
    public static CallbackDraft Of(CallbackView open) => new()
    {
        Date = DateOnly.FromDateTime(Formats.Local(open.WindowStart)),
        From = TimeOnly.FromDateTime(Formats.Local(open.WindowStart)),
        To = TimeOnly.FromDateTime(Formats.Local(open.WindowEnd)),
        Days = [.. open.ReachableDays.Select(d => Wire.TryParse<DayOfWeek>(d, out var day) ? day : default)],
        ReachableFrom = TimeOnly.Parse(open.ReachableFrom, CultureInfo.InvariantCulture),
        ReachableTo = TimeOnly.Parse(open.ReachableTo, CultureInfo.InvariantCulture),
        Phone = open.Phone,
        Purpose = open.Purpose,
    };

    public PromiseRequest Promise() =>
        new(Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Clock(From), Clock(To), DayNames(), Clock(ReachableFrom), Clock(ReachableTo), Phone, Purpose);

    public RescheduleRequest Reschedule()
    {
        var promise = Promise();
        return new(promise.Date, promise.From, promise.To, promise.ReachableDays, promise.ReachableFrom, promise.ReachableTo, Phone, Purpose, Reason);
    }

    private static string? Clock(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private string[] DayNames() => [.. Days.Select(d => Wire.Name(d))];
}
