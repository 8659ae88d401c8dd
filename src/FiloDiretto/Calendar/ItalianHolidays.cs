using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace FiloDiretto.Calendar;

/// <summary>National public holidays (art. 2 L. 260/1949 as amended); a comune's patron saint is an office closed day instead.</summary>
public static class ItalianHolidays
{
    private static readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> ByYear = new();

    /// <summary>Today's list of holidays applied to any year: the different calendars before 2001 are not modelled.</summary>
    public static IReadOnlySet<DateOnly> For(int year) => ByYear.GetOrAdd(year, Compute);

    /// <summary>Gregorian Easter by the anonymous (Meeus/Jones/Butcher) algorithm.</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int monthAndDay = h + l - (7 * m) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    private static FrozenSet<DateOnly> Compute(int year)
    {
        DateOnly easter = EasterSunday(year);
        List<DateOnly> days =
        [
            new(year, 1, 1),
            new(year, 1, 6),
            easter,
            easter.AddDays(1),
            new(year, 4, 25),
            new(year, 5, 1),
            new(year, 6, 2),
            new(year, 8, 15),
            new(year, 11, 1),
            new(year, 12, 8),
            new(year, 12, 25),
            new(year, 12, 26),
        ];

        // San Francesco d'Assisi is a national holiday again from 2026 (L. 8 ottobre 2025, n. 151, in force 1/1/2026).
        if (year >= 2026)
        {
            days.Add(new DateOnly(year, 10, 4));
        }

        return days.ToFrozenSet();
    }
}
