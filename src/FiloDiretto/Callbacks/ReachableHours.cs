using FiloDiretto.Calendar;

namespace FiloDiretto.Callbacks;

/// <summary>When the citizen said they can answer: some weekdays, between two local times (Europe/Rome).</summary>
public sealed record ReachableHours(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    /// <summary>How far ahead a retry is looked for; beyond it the citizen is in practice unreachable.</summary>
    private const int HorizonDays = 60;

    public static readonly IReadOnlySet<DayOfWeek> Weekdays = new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    };

    public int DaysMask => Days.Aggregate(0, (mask, day) => mask | (1 << (int)day));

    public static ReachableHours FromMask(int mask, TimeOnly from, TimeOnly to) =>
        new(Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0).ToHashSet(), from, to);

    public bool Covers(DateOnly day, TimeOnly from, TimeOnly to) => Days.Contains(day.DayOfWeek) && from >= From && to <= To;

    /// <summary>
    /// The first stretch of reachable hours, on a working day of the office, that is still open at or after
    /// <paramref name="earliest"/>: from that instant (or the start of the hours) to the end of the hours; null if none is near.
    /// </summary>
    public (DateTime Start, DateTime End)? NextSlot(DateTime earliest, WorkingCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(earliest, calendar.TimeZone);
        var day = DateOnly.FromDateTime(local);
        for (var i = 0; i < HorizonDays; i++, day = day.AddDays(1))
        {
            if (!Days.Contains(day.DayOfWeek) || !calendar.IsWorkingDay(day))
            {
                continue;
            }

            var start = Utc(day, From, calendar.TimeZone);
            var end = Utc(day, To, calendar.TimeZone);
            if (end > earliest)
            {
                return (start > earliest ? start : earliest, end);
            }
        }

        return null;
    }

    public static DateTime Utc(DateOnly day, TimeOnly time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), zone);
}
