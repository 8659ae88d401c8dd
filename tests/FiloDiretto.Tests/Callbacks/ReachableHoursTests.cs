using FiloDiretto.Calendar;
using FiloDiretto.Callbacks;

namespace FiloDiretto.Tests.Callbacks;

public sealed class ReachableHoursTests
{
    private static readonly WorkingCalendar Calendar = new([new DateOnly(2026, 4, 22)]);
    private static readonly ReachableHours Mornings = new(ReachableHours.Weekdays, new TimeOnly(9, 0), new TimeOnly(12, 0));

    [Theory]
    [InlineData("2026-04-20 08:00", "2026-04-20 09:00")] // before the hours: their start
    [InlineData("2026-04-20 10:10", "2026-04-20 10:10")] // inside: at once
    [InlineData("2026-04-21 12:30", "2026-04-23 09:00")] // after them: the next morning, past the office's closed day
    [InlineData("2026-04-24 11:59", "2026-04-24 11:59")]
    [InlineData("2026-04-24 12:00", "2026-04-27 09:00")] // Friday noon: Monday, over the weekend
    [InlineData("2026-04-30 12:30", "2026-05-04 09:00")] // 1 May is a holiday
    public void TheNextSlotIsTheFirstReachableMomentOnAWorkingDay(string earliest, string expected)
    {
        var slot = Mornings.NextSlot(Rome(earliest), Calendar);

        Assert.Equal(Rome(expected), slot!.Value.Start);
        Assert.Equal(Rome($"{expected[..10]} 12:00"), slot.Value.End);
    }

    [Fact]
    public void HoursOnOneWeekdayOnlyWaitForThatDay()
    {
        var thursdays = new ReachableHours(new HashSet<DayOfWeek> { DayOfWeek.Thursday }, new TimeOnly(15, 0), new TimeOnly(16, 0));

        Assert.Equal(Rome("2026-04-23 15:00"), thursdays.NextSlot(Rome("2026-04-20 09:00"), Calendar)!.Value.Start);
        Assert.True(thursdays.Covers(new DateOnly(2026, 4, 23), new TimeOnly(15, 0), new TimeOnly(16, 0)));
        Assert.False(thursdays.Covers(new DateOnly(2026, 4, 23), new TimeOnly(14, 30), new TimeOnly(15, 30)));
        Assert.False(thursdays.Covers(new DateOnly(2026, 4, 24), new TimeOnly(15, 0), new TimeOnly(16, 0)));
        Assert.Equal(thursdays.Days, ReachableHours.FromMask(thursdays.DaysMask, thursdays.From, thursdays.To).Days);
    }

    private static DateTime Rome(string local) =>
        ReachableHours.Utc(DateOnly.Parse(local[..10], System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(local[11..], System.Globalization.CultureInfo.InvariantCulture), Calendar.TimeZone);
}
