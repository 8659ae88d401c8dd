using System.Collections.Frozen;

namespace FiloDiretto.Calendar;

/// <summary>An office's working days: Monday to Friday, except national holidays and the office's own closed days.</summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly>? officeClosedDays = null, TimeZoneInfo? timeZone = null)
{
    private readonly FrozenSet<DateOnly> _officeClosedDays = (officeClosedDays ?? []).ToFrozenSet();

    /// <summary>The zone whose calendar days count; Europe/Rome unless given.</summary>
    public TimeZoneInfo TimeZone { get; } = timeZone ?? TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHolidayOrClosure(day);

    /// <summary>A national holiday or an office closed day, whatever day of the week it falls on.</summary>
    public bool IsHolidayOrClosure(DateOnly day) =>
        ItalianHolidays.For(day.Year).Contains(day) || _officeClosedDays.Contains(day);

    /// <summary>The Nth working day after <paramref name="start"/>; for 0, start itself if working, else the next working day.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0)
        {
            return IsWorkingDay(start) ? start : AddWorkingDays(start, 1);
        }

        DateOnly day = start;
        for (int counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The end (next local midnight, as UTC) of the Nth working day after the local day of creation.</summary>
    public DateTime DueAtUtc(DateTime createdUtc, int targetWorkingDays)
    {
        DateTime createdLocal = TimeZoneInfo.ConvertTimeFromUtc(createdUtc, TimeZone);
        DateOnly dueDay = AddWorkingDays(DateOnly.FromDateTime(createdLocal), targetWorkingDays);
        DateTime endLocal = dueDay.AddDays(1).ToDateTime(TimeOnly.MinValue);

        // GetUtcOffset reads a midnight skipped by a DST change as standard time, which is still the instant the day begins.
        return DateTime.SpecifyKind(endLocal - TimeZone.GetUtcOffset(endLocal), DateTimeKind.Utc);
    }

    /// <summary>Working days in (from, to]; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        int count = 0;
        for (DateOnly day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
