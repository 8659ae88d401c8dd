using FiloDiretto.Calendar;
using FiloDiretto.Offices;
using FiloDiretto.Telephony;

namespace FiloDiretto.Tests.Telephony;

public sealed class OpeningHoursTests
{
    private static readonly WorkingCalendar Latina = new();

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static PhoneLine Line(int number, params OpeningSpan[] hours) => new() { Number = number, Name = $"Linea {number}", Phone = "", Hours = [.. hours] };

    private static OpeningSpan Span(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) =>
        new(day, new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute));

    private static PhoneLine Default => new() { Number = 1, Name = "Linea 1", Phone = "", Hours = PhoneLine.DefaultHours() };

    [Fact]
    public void AWeekdayMorningIsOpenUntilHalfPastTwelveRomeTime()
    {
        var state = OpeningHours.StateOf(Default, Latina, Utc(4, 20, 7)); // Monday 09:00 in Rome (CEST)

        Assert.True(state.IsOpen);
        Assert.Equal(Utc(4, 20, 10, 30), state.OpenUntil);
        Assert.Null(state.NextOpening);
    }

    [Theory]
    [InlineData(4, 20, 10, 30)] // the closing minute itself
    [InlineData(4, 20, 6, 29)] // a minute before opening
    public void TheEdgesOfASpanAreOpenFromAndClosedAt(int month, int day, int hour, int minute)
    {
        var state = OpeningHours.StateOf(Default, Latina, Utc(month, day, hour, minute));

        Assert.False(state.IsOpen);
    }

    [Fact]
    public void FridayAfternoonReopensOnMonday()
    {
        var state = OpeningHours.StateOf(Default, Latina, Utc(4, 24, 12)); // Friday 14:00

        Assert.False(state.IsOpen);
        Assert.Equal(Utc(4, 27, 6, 30), state.NextOpening);
    }

    [Fact]
    public void ANationalHolidayIsClosedAndSkipped()
    {
        var onMayDay = OpeningHours.StateOf(Default, Latina, Utc(5, 1, 8)); // Friday 1 May, 10:00
        var eveOfMayDay = OpeningHours.StateOf(Default, Latina, Utc(4, 30, 12)); // Thursday 14:00

        Assert.False(onMayDay.IsOpen);
        Assert.Equal(Utc(5, 4, 6, 30), eveOfMayDay.NextOpening);
    }

    [Fact]
    public void AnOfficeClosedDayIsClosedAndSkipped()
    {
        var closed = new WorkingCalendar([new DateOnly(2026, 4, 21)]);

        Assert.False(OpeningHours.StateOf(Default, closed, Utc(4, 21, 8)).IsOpen);
        Assert.Equal(Utc(4, 22, 6, 30), OpeningHours.StateOf(Default, closed, Utc(4, 20, 12)).NextOpening);
    }

    [Fact]
    public void TheSameLocalHourIsAnotherUtcInstantAcrossTheSpringAndAutumnChanges()
    {
        Assert.Equal(Utc(3, 30, 6, 30), OpeningHours.StateOf(Default, Latina, Utc(3, 27, 12)).NextOpening); // CET Friday → CEST Monday
        Assert.Equal(Utc(10, 26, 7, 30), OpeningHours.StateOf(Default, Latina, Utc(10, 23, 12)).NextOpening); // CEST Friday → CET Monday
    }

    [Fact]
    public void ASpanAcrossTheSkippedHourOfTheChangeDayClosesAtItsLocalTime()
    {
        var night = Line(3, Span(DayOfWeek.Sunday, 1, 0, 4, 0)); // Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST

        var state = OpeningHours.StateOf(night, Latina, Utc(3, 29, 1, 30));

        Assert.True(state.IsOpen);
        Assert.Equal(Utc(3, 29, 2), state.OpenUntil); // 04:00 CEST
        Assert.Equal(Utc(3, 29, 0), OpeningHours.StateOf(night, Latina, Utc(3, 28, 20)).NextOpening); // 01:00 CET
    }

    [Fact]
    public void SeveralSpansADayAreEachOpenAndTheGapIsClosed()
    {
        var split = Line(1, Span(DayOfWeek.Monday, 8, 30, 12, 30), Span(DayOfWeek.Monday, 14, 0, 16, 0));

        var lunch = OpeningHours.StateOf(split, Latina, Utc(4, 20, 11)); // 13:00
        var afternoon = OpeningHours.StateOf(split, Latina, Utc(4, 20, 12, 15)); // 14:15

        Assert.False(lunch.IsOpen);
        Assert.Equal(Utc(4, 20, 12), lunch.NextOpening);
        Assert.Equal(Utc(4, 20, 14), afternoon.OpenUntil);
    }

    [Fact]
    public void AdjoiningSpansAreOneOpening()
    {
        var adjoining = Line(1, Span(DayOfWeek.Monday, 8, 30, 10, 0), Span(DayOfWeek.Monday, 10, 0, 12, 30));

        Assert.Equal(Utc(4, 20, 10, 30), OpeningHours.StateOf(adjoining, Latina, Utc(4, 20, 7)).OpenUntil);
    }

    [Fact]
    public void OnlyTheLinesWhoseHoursCoverTheInstantAreOpen()
    {
        var afternoon = Line(2, Span(DayOfWeek.Monday, 14, 0, 17, 0));
        var none = Line(3);

        var states = OpeningHours.At([afternoon, none, Default], Latina, Utc(4, 20, 7));

        Assert.Equal([(1, true), (2, false), (3, false)], states.Select(s => (s.Number, s.IsOpen)));
        Assert.Equal(Utc(4, 20, 12), states[1].NextOpening);
        Assert.Null(states[2].NextOpening);
    }
}
