using FiloDiretto.Tickets;
using FiloDiretto.Workspace;

namespace FiloDiretto.Tests.Workspace;

public sealed class DeadlinesTests
{
    // 18:00 in Rome on Monday 20 April 2026 (summer time, UTC+2): the end of a working day.
    private static readonly DateTime DueAt = new(2026, 4, 20, 16, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-04-19T21:59:00Z", DeadlineAlert.None)] // 23:59 on Sunday in Rome
    [InlineData("2026-04-19T22:00:00Z", DeadlineAlert.DueToday)] // midnight in Rome, still Sunday in UTC
    [InlineData("2026-04-20T15:59:00Z", DeadlineAlert.DueToday)]
    [InlineData("2026-04-20T16:01:00Z", DeadlineAlert.Overdue)]
    [InlineData("2026-04-22T08:00:00Z", DeadlineAlert.Overdue)]
    public void AnOpenTicketIsDueOnItsDayInRomeAndOverdueAfterIt(string now, DeadlineAlert expected) =>
        Assert.Equal(expected, Deadlines.Alert(TicketStatus.InProgress, DueAt, DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Theory]
    [InlineData(TicketStatus.Resolved)]
    [InlineData(TicketStatus.Forwarded)]
    [InlineData(TicketStatus.Closed)]
    public void AnAnsweredTicketHasNoDeadlineLeftToKeep(TicketStatus status) =>
        Assert.Equal(DeadlineAlert.None, Deadlines.Alert(status, DueAt, DueAt.AddDays(3)));
}
