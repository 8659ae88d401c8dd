using FiloDiretto.Data;
using FiloDiretto.Privacy;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FiloDiretto.Tests.Privacy;

public abstract class RetentionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task AnonymisesExactlyTheClosedTicketsPastTheirPeriodKeepingStatisticsAndLegalHolds()
    {
        var closedToday = await app.RecordClosedAsync();
        var heldToday = await app.RecordClosedAsync();
        await app.PlaceLegalHoldAsync(heldToday.Id);
        var before = await app.StoredTicketsAsync();
        // Twenty days before the test clock, two years on: the demo's closed tickets fall on both sides of the limit.
        var firstPass = AppFactory.Start.AddDays(-20).AddMonths(24);
        var closedBefore = firstPass.UtcDateTime.AddMonths(-24);
        var expired = before.Where(t => ClosedAt(t) < closedBefore).Select(t => t.Id).ToList();
        Assert.True(expired.Count > 10, "the demo should hold tickets closed before the limit");
        Assert.Contains(before, t => ClosedAt(t) >= closedBefore && t.Id != closedToday.Id && t.Id != heldToday.Id);
        var heldOld = expired[0];
        await app.PlaceLegalHoldAsync(heldOld);
        expired.Remove(heldOld);

        var run = await PassAt(firstPass).RunOnceAsync(CancellationToken.None);

        Assert.Equal(expired.Count, run.Anonymised);
        var after = await app.StoredTicketsAsync();
        Assert.Equal(expired, after.Where(t => t.AnonymisedAt is not null).Select(t => t.Id));
        Assert.All(after.Where(t => expired.Contains(t.Id)), PrivacyTickets.AssertAnonymised);
        Assert.All(after.Where(t => !expired.Contains(t.Id)), t =>
            Assert.Equal(before.Single(b => b.Id == t.Id).FiscalCode, t.FiscalCode));
        Assert.Equal(Statistics(before), Statistics(after));
        Assert.Equal(before.Sum(t => t.Events.Count), after.Sum(t => t.Events.Count));
        Assert.Equal(0, (await PassAt(firstPass).RunOnceAsync(CancellationToken.None)).Anonymised);

        var laterPass = AppFactory.Start.AddMonths(24).AddDays(1);
        await PassAt(laterPass).RunOnceAsync(CancellationToken.None);

        var last = await app.StoredTicketsAsync();
        PrivacyTickets.AssertAnonymised(last.Single(t => t.Id == closedToday.Id));
        Assert.All(last.Where(t => t.Id == heldOld || t.Id == heldToday.Id), t =>
        {
            Assert.Null(t.AnonymisedAt);
            Assert.NotEmpty(t.FiscalCode);
        });
        Assert.All(last.Where(t => t.Status != TicketStatus.Closed), t => Assert.Null(t.AnonymisedAt));
        Assert.Equal(Statistics(before), Statistics(last));
    }

    private AnonymiseExpiredTickets PassAt(DateTimeOffset now) => new(
        app.Service<IDbContextFactory<AppDbContext>>(),
        app.Service<WriteGate>(),
        Options.Create(new RetentionOptions { BatchSize = 7 }),
        new FakeTimeProvider(now),
        NullLogger<AnonymiseExpiredTickets>.Instance);

    private static DateTime? ClosedAt(Ticket t) => t.Events.SingleOrDefault(e => e.Kind == EventKind.Closed)?.At;

    /// <summary>What the office's statistics count, ticket by ticket: none of it may change.</summary>
    private static List<string> Statistics(IEnumerable<Ticket> tickets) =>
    [
        .. tickets.Select(t => $"{t.Id}|{t.CategoryId}|{t.Area}|{t.Status}|{t.Channel}|{t.Priority}|{t.Caller}|{t.CreatedAt:O}|{t.DueAt:O}"
            + $"|{t.ResolvedAt:O}|{t.FirstContactAt:O}|{t.RepeatCalls}|{string.Join(",", t.Events.OrderBy(e => e.Seq).Select(e => $"{e.Kind}:{e.At:O}:{e.Detail}"))}"),
    ];
}

public sealed class RetentionTestsOnSqlite(SqliteFactory app) : RetentionTests<SqliteFactory>(app);

public sealed class RetentionTestsOnPostgres(PostgresFactory app) : RetentionTests<PostgresFactory>(app);
