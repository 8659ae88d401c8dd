using FiloDiretto.Calendar;
using FiloDiretto.Offices;

namespace FiloDiretto.Telephony;

/// <summary>A line now: open until <see cref="OpenUntil"/>, or closed until <see cref="NextOpening"/> (null: no hours set). Instants in UTC.</summary>
public sealed record LineState(int Number, string Name, string Phone, bool IsOpen, DateTime? OpenUntil, DateTime? NextOpening);

/// <summary>Which lines are open at an instant, by their weekly hours in the office's zone, closed on holidays and office closed days.</summary>
public static class OpeningHours
{
    // A line with hours opens within a week, or two across a fortnight of holidays and closures; a year covers any calendar.
    private const int DaysAhead = 366;

    public static IReadOnlyList<LineState> At(IEnumerable<PhoneLine> lines, WorkingCalendar calendar, DateTime utc) =>
        [.. lines.OrderBy(l => l.Number).Select(l => StateOf(l, calendar, utc))];

    public static LineState StateOf(PhoneLine line, WorkingCalendar calendar, DateTime utc)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, calendar.TimeZone));
        var spans = SpansFrom(line.Hours, calendar, today);
        DateTime? until = null;
        foreach (var (_, to) in spans.TakeWhile(s => s.From <= (until ?? utc)))
        {
            if (to > (until ?? utc))
            {
                until = to; // adjoining spans make one opening
            }
        }

        return until is { } end
            ? new LineState(line.Number, line.Name, line.Phone, true, end, null)
            : new LineState(line.Number, line.Name, line.Phone, false, null, spans.Select(s => (DateTime?)s.From).FirstOrDefault(f => f > utc));
    }

    /// <summary>Every opening from <paramref name="first"/> on, in order, as UTC instants.</summary>
    private static IEnumerable<(DateTime From, DateTime To)> SpansFrom(List<OpeningSpan> hours, WorkingCalendar calendar, DateOnly first)
    {
        if (hours.Count == 0)
        {
            yield break;
        }

        for (var day = first; day <= first.AddDays(DaysAhead); day = day.AddDays(1))
        {
            if (calendar.IsHolidayOrClosure(day))
            {
                continue;
            }

            foreach (var span in hours.Where(h => h.Day == day.DayOfWeek).OrderBy(h => h.From))
            {
                yield return (Utc(calendar, day, span.From), Utc(calendar, day, span.To));
            }
        }
    }

    private static DateTime Utc(WorkingCalendar calendar, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        // A local time skipped by the spring change does not exist: GetUtcOffset reads it as standard time, an hour early in summer terms.
        return DateTime.SpecifyKind(local - calendar.TimeZone.GetUtcOffset(local), DateTimeKind.Utc);
    }
}
