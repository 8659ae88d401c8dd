using System.Globalization;

using FiloDiretto.Calendar;

namespace FiloDiretto.Tests.Domain;

public class WorkingCalendarTests
{
    private readonly WorkingCalendar _calendar = new();

    [Theory]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSundayFollowsTheGregorianComputus(int year, string easter)
    {
        Assert.Equal(Day(easter), ItalianHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-01-06")]
    [InlineData("2025-04-21")] // Easter Monday 2025
    [InlineData("2026-04-06")] // Easter Monday 2026
    [InlineData("2025-04-25")]
    [InlineData("2026-05-01")]
    [InlineData("2025-06-02")]
    [InlineData("2026-06-02")]
    [InlineData("2025-08-15")]
    [InlineData("2027-10-04")] // San Francesco, a Monday
    [InlineData("2027-11-01")]
    [InlineData("2025-12-08")]
    [InlineData("2026-12-08")]
    [InlineData("2025-12-25")]
    [InlineData("2025-12-26")]
    public void NationalHolidayOnAWeekdayIsNotAWorkingDay(string day)
    {
        Assert.NotEqual(DayOfWeek.Saturday, Day(day).DayOfWeek);
        Assert.NotEqual(DayOfWeek.Sunday, Day(day).DayOfWeek);
        Assert.False(_calendar.IsWorkingDay(Day(day)));
    }

    [Fact]
    public void SanFrancescoIsAHolidayOnlyFrom2026()
    {
        Assert.DoesNotContain(Day("2025-10-04"), ItalianHolidays.For(2025));
        Assert.Contains(Day("2026-10-04"), ItalianHolidays.For(2026));
        Assert.True(_calendar.IsWorkingDay(Day("2024-10-04")));
    }

    [Fact]
    public void YearHasThirteenHolidaysFrom2026AndEasterOnLiberationDayCountsOnce()
    {
        Assert.Equal(12, ItalianHolidays.For(2025).Count);
        Assert.Equal(13, ItalianHolidays.For(2026).Count);
        Assert.Equal(12, ItalianHolidays.For(2038).Count);
    }

    [Theory]
    [InlineData("2026-03-27", true)] // Friday
    [InlineData("2026-03-28", false)] // Saturday
    [InlineData("2026-03-29", false)] // Sunday
    [InlineData("2026-03-30", true)] // Monday
    [InlineData("2025-12-24", true)] // Christmas Eve is an ordinary working day
    public void WeekdaysAreWorkingDaysAndWeekendsAreNot(string day, bool working)
    {
        Assert.Equal(working, _calendar.IsWorkingDay(Day(day)));
    }

    [Fact]
    public void OfficeClosedDayIsNotAWorkingDayForThatOfficeOnly()
    {
        WorkingCalendar latina = new([Day("2026-07-06")]);

        Assert.False(latina.IsWorkingDay(Day("2026-07-06")));
        Assert.True(_calendar.IsWorkingDay(Day("2026-07-06")));
        Assert.Equal(Day("2026-07-07"), latina.AddWorkingDays(Day("2026-07-03"), 1));
    }

    [Theory]
    [InlineData("2026-03-27", 1, "2026-03-30")] // Friday → Monday
    [InlineData("2026-03-27", 3, "2026-04-01")]
    [InlineData("2026-03-28", 1, "2026-03-30")] // from a Saturday
    [InlineData("2025-12-23", 2, "2025-12-29")] // 24 Dec, then Christmas, Santo Stefano and the weekend
    [InlineData("2026-04-02", 2, "2026-04-07")] // skips Easter Monday
    [InlineData("2026-03-27", 0, "2026-03-27")] // a working day counts for itself
    [InlineData("2026-03-28", 0, "2026-03-30")] // a Saturday rolls to Monday
    [InlineData("2025-12-25", 0, "2025-12-29")]
    public void AddWorkingDaysCountsOnlyWorkingDaysAfterStart(string start, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), _calendar.AddWorkingDays(Day(start), workingDays));
    }

    [Fact]
    public void AddWorkingDaysRefusesANegativeCount()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(Day("2026-03-27"), -1));
    }

    [Theory]
    // Created Friday 27/3 (CET); due Wednesday 1/4, whose end is midnight CEST after the 29/3 change.
    [InlineData("2026-03-27T09:00:00Z", 3, "2026-04-01T22:00:00Z")]
    // 23:30 UTC on Thursday is already Friday 00:30 in Rome.
    [InlineData("2026-03-26T23:30:00Z", 0, "2026-03-27T23:00:00Z")]
    // Created Friday 23/10 (CEST); due Monday 26/10, after the change back to CET on 25/10.
    [InlineData("2026-10-23T15:00:00Z", 1, "2026-10-26T23:00:00Z")]
    // Created on a Saturday: the count starts from Saturday, so 1 working day is Monday.
    [InlineData("2026-03-28T10:00:00Z", 1, "2026-03-30T22:00:00Z")]
    public void DueAtUtcIsTheUtcInstantOfTheLocalMidnightEndingTheDueDay(string createdUtc, int workingDays, string expectedUtc)
    {
        DateTime due = _calendar.DueAtUtc(Utc(createdUtc), workingDays);

        Assert.Equal(Utc(expectedUtc), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void DueAtUtcRefusesALocalTime()
    {
        Assert.Throws<ArgumentException>(() => _calendar.DueAtUtc(new DateTime(2026, 3, 27, 10, 0, 0, DateTimeKind.Local), 1));
    }

    [Fact]
    public void DueAtUtcEndsTheDayAtItsFirstInstantWhereDSTSkipsMidnight()
    {
        // Tehran moved from 00:00 to 01:00 on Friday 22 March 2019 (+03:30 → +04:30), a year it still had DST.
        WorkingCalendar tehran = new(timeZone: TimeZoneInfo.FindSystemTimeZoneById("Asia/Tehran"));

        DateTime due = tehran.DueAtUtc(Utc("2019-03-21T06:00:00Z"), 0);

        Assert.Equal(Utc("2019-03-21T20:30:00Z"), due);
    }

    [Fact]
    public void DefaultTimeZoneIsRome()
    {
        Assert.Equal("Europe/Rome", _calendar.TimeZone.Id);
    }

    [Theory]
    [InlineData("2026-03-27", "2026-04-03", 5)]
    [InlineData("2026-04-03", "2026-04-10", 4)] // Easter Monday
    [InlineData("2025-12-19", "2026-01-09", 11)] // Christmas, Santo Stefano, New Year, Epiphany
    [InlineData("2026-03-27", "2026-03-27", 0)]
    [InlineData("2026-03-27", "2026-03-29", 0)] // only the weekend
    [InlineData("2026-04-03", "2026-03-27", -5)]
    public void WorkingDaysBetweenCountsWorkingDaysAfterFromUpToTo(string from, string to, int expected)
    {
        Assert.Equal(expected, _calendar.WorkingDaysBetween(Day(from), Day(to)));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime Utc(string iso) =>
        DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
