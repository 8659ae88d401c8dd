using System.Globalization;
using FiloDiretto.Citizens;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;

namespace FiloDiretto.Callbacks;

/// <summary>
/// A window agreed with the citizen: <c>date</c> (yyyy-MM-dd) from–to (HH:mm, Italian time), inside the hours they are
/// reachable (<c>reachableDays</c> such as <c>monday</c>; left out, Monday to Friday), the number to call (default the
/// ticket's) and the purpose of the call.
/// </summary>
public record PromiseRequest(
    string? Date,
    string? From,
    string? To,
    IReadOnlyList<string>? ReachableDays,
    string? ReachableFrom,
    string? ReachableTo,
    string? Phone,
    string? Purpose);

public sealed record RescheduleRequest(
    string? Date,
    string? From,
    string? To,
    IReadOnlyList<string>? ReachableDays,
    string? ReachableFrom,
    string? ReachableTo,
    string? Phone,
    string? Purpose,
    string? Reason) : PromiseRequest(Date, From, To, ReachableDays, ReachableFrom, ReachableTo, Phone, Purpose);

/// <summary>What a callback promise is made of, already checked.</summary>
public sealed record CallbackTerms(DateTime WindowStart, DateTime WindowEnd, ReachableHours Hours, string Phone, string Purpose)
{
    /// <summary>The terms of <paramref name="request"/>, or null with the errors named by field in <paramref name="validation"/>.</summary>
    public static CallbackTerms? Read(PromiseRequest request, Validation validation, string fallbackPhone, TimeZoneInfo zone, DateTime now)
    {
        var day = ReadDate(validation, "date", request.Date);
        var from = ReadTime(validation, "from", request.From);
        var to = ReadTime(validation, "to", request.To);
        var reachableFrom = ReadTime(validation, "reachableFrom", request.ReachableFrom);
        var reachableTo = ReadTime(validation, "reachableTo", request.ReachableTo);
        var days = ReadDays(validation, request.ReachableDays);
        var phone = ItalianPhone.Parse(string.IsNullOrWhiteSpace(request.Phone) ? fallbackPhone : request.Phone);
        if (!phone.IsValid)
        {
            validation.Add("phone", phone.Message!);
        }

        var purpose = validation.Text("purpose", request.Purpose, Callback.MaxPurposeLength);
        if (from is { } f && to is { } t && t <= f)
        {
            validation.Add("to", Messages.Get("Callback.TimeOrder"));
        }

        if (reachableFrom is { } rf && reachableTo is { } rt && rt <= rf)
        {
            validation.Add("reachableTo", Messages.Get("Callback.TimeOrder"));
        }

        if (!validation.IsValid || day is not { } date || days is null)
        {
            return null;
        }

        var hours = new ReachableHours(days, reachableFrom!.Value, reachableTo!.Value);
        var (start, end) = (ReachableHours.Utc(date, from!.Value, zone), ReachableHours.Utc(date, to!.Value, zone));
        if (!hours.Days.Contains(date.DayOfWeek))
        {
            validation.Add("date", Messages.Get("Callback.DayNotReachable"));
        }
        else if (!hours.Covers(date, from.Value, to.Value))
        {
            validation.Add(from < hours.From ? "from" : "to", Messages.Format("Callback.OutsideReachable", Clock(hours.From), Clock(hours.To)));
        }
        else if (end <= now)
        {
            validation.Add("to", Messages.Get("Callback.Past"));
        }

        return validation.IsValid ? new CallbackTerms(start, end, hours, phone.Phone!.E164, purpose!) : null;
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly? ReadDate(Validation validation, string field, string? text)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        validation.Add(field, Messages.Get(string.IsNullOrWhiteSpace(text) ? "Validation.Required" : "Callback.Date"));
        return null;
    }

    private static TimeOnly? ReadTime(Validation validation, string field, string? text)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new TimeOnly(time.Hour, time.Minute);
        }

        validation.Add(field, Messages.Get(string.IsNullOrWhiteSpace(text) ? "Validation.Required" : "Callback.Time"));
        return null;
    }

    private static HashSet<DayOfWeek>? ReadDays(Validation validation, IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return [.. ReachableHours.Weekdays];
        }

        if (names.Count == 0)
        {
            validation.Add("reachableDays", Messages.Get("Callback.NoDays"));
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var name in names)
        {
            if (Wire.TryParse<DayOfWeek>(name, out var day))
            {
                days.Add(day);
            }
            else
            {
                validation.Add("reachableDays", Messages.Format("Validation.NotAllowed", name, Wire.Choices<DayOfWeek>()));
            }
        }

        return validation.IsValid ? days : null;
    }
}
