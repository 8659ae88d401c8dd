using System.Net;
using FiloDiretto.Categories;
using FiloDiretto.Supervision;
using FiloDiretto.Tests.Api;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Supervision;

public abstract class OverviewTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] Open = [.. Ticket.OpenStatuses.Select(s => s.ToString())];

    [Fact]
    public async Task CountsByStatusAndByAreaFollowTheTickets()
    {
        var supervisor = await app.ActorFor("responsabile");
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var before = await ReadAsync(supervisor);

        await phone.RecordAsync();
        var taken = await phone.RecordAsync();
        await TakeAsync(specialist, taken.Id);
        var after = await ReadAsync(supervisor);

        Assert.Equal(before.ByStatus[TicketStatus.New] + 1, after.ByStatus[TicketStatus.New]);
        Assert.Equal(before.ByStatus[TicketStatus.InProgress] + 1, after.ByStatus[TicketStatus.InProgress]);
        Assert.Equal(before.ByStatus[TicketStatus.Closed], after.ByStatus[TicketStatus.Closed]);
        var payments = (Before: Load(before, Area.Payments), After: Load(after, Area.Payments));
        Assert.Equal(payments.Before.ByStatus[TicketStatus.New] + 1, payments.After.ByStatus[TicketStatus.New]);
        Assert.Equal(payments.Before.ByStatus[TicketStatus.InProgress] + 1, payments.After.ByStatus[TicketStatus.InProgress]);
        Assert.Equal(Load(before, Area.Medical).Total, Load(after, Area.Medical).Total);

        var all = await TicketPages.WalkAsync(phone, "limit=200");
        Assert.Equal(all.Count, after.ByStatus.Values.Sum());
        Assert.All(Enum.GetValues<TicketStatus>(), s => Assert.Equal(all.Count(t => t.Status == s.ToString()), after.ByStatus[s]));
        Assert.All(after.ByArea, a => Assert.All(Ticket.OpenStatuses, s =>
            Assert.Equal(all.Count(t => t.Area == a.Area.ToString() && t.Status == s.ToString()), a.ByStatus[s])));
    }

    [Fact]
    public async Task OldestAreTheTenOpenTicketsRecordedFirst()
    {
        using var phone = await app.ClientFor("linea1");
        var all = await TicketPages.WalkAsync(phone, "limit=200");

        var overview = await ReadAsync(await app.ActorFor("responsabile"));

        var expected = all.Where(t => Open.Contains(t.Status)).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(ReadOfficeOverview.OldestCount);
        Assert.Equal(expected.Select(t => t.Id), overview.Oldest.Select(t => t.Id));
    }

    [Fact]
    public async Task DueSoonHoldsEveryOpenTicketLateByTheEndOfTheNextWorkingDay()
    {
        using var phone = await app.ClientFor("linea1");
        var later = await phone.RecordAsync(TestApi.IntakeBody(category: "STATO"));
        var all = await TicketPages.WalkAsync(phone, "limit=200");

        var overview = await ReadAsync(await app.ActorFor("responsabile"));

        // Monday 20 April 2026: the next working day is Tuesday, which ends at midnight in Rome.
        Assert.Equal(new DateTime(2026, 4, 21, 22, 0, 0, DateTimeKind.Utc), overview.DueSoonBefore);
        var expected = all.Where(t => Open.Contains(t.Status) && t.DueAt <= overview.DueSoonBefore).OrderBy(t => t.DueAt).ThenBy(t => t.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, overview.DueSoonCount);
        Assert.Equal(expected.Take(ReadOfficeOverview.DueSoonLimit).Select(t => t.Id), overview.DueSoon.Select(t => t.Id));
        Assert.DoesNotContain(later.Id, overview.DueSoon.Select(t => t.Id));
    }

    [Fact]
    public async Task HoldersShowWhatEachSpecialistHoldsAndTheirOldest()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var waiting = await phone.RecordAsync();
        await TakeAsync(specialist, waiting.Id);
        using (var ask = await specialist.ActAsync(waiting.Id, "await-citizen", new { request = "Inviare l'IBAN." }))
        {
            Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        }

        var all = await TicketPages.WalkAsync(phone, "limit=200");
        var overview = await ReadAsync(await app.ActorFor("responsabile"));

        var held = all.Where(t => Open.Contains(t.Status) && t.Holder is not null).ToList();
        Assert.Equal(held.Select(t => t.Holder).Distinct().Order(StringComparer.CurrentCulture), overview.Holders.Select(h => h.Name));
        var chiara = Assert.Single(overview.Holders, h => h.Name == "Chiara Neri");
        var hers = held.Where(t => t.Holder == "Chiara Neri").ToList();
        Assert.Equal(hers.Count(t => t.Status == "InProgress"), chiara.InProgress);
        Assert.Equal(hers.Count(t => t.Status == "AwaitingCitizen"), chiara.AwaitingCitizen);
        Assert.True(chiara.AwaitingCitizen >= 1);
        var oldest = hers.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).First();
        Assert.Equal((oldest.Id, oldest.Code), (chiara.OldestId, chiara.OldestCode));
    }

    private Task<OfficeOverview> ReadAsync(FiloDiretto.Accounts.Actor actor) =>
        app.Service<ReadOfficeOverview>().ReadAsync(actor, CancellationToken.None);

    private static AreaLoad Load(OfficeOverview overview, Area area) => overview.ByArea.Single(a => a.Area == area);

    private static async Task TakeAsync(HttpClient specialist, long id)
    {
        using var take = await specialist.ActAsync(id, "take");
        Assert.Equal(HttpStatusCode.OK, take.StatusCode);
    }
}

public sealed class OverviewTestsOnSqlite(SqliteFactory app) : OverviewTests<SqliteFactory>(app);

public sealed class OverviewTestsOnPostgres(PostgresFactory app) : OverviewTests<PostgresFactory>(app);

/// <summary>Moves its fixture's clock, hence a class (and a database) of its own.</summary>
public abstract class DueSoonTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task ATicketJoinsTheDueSoonListOnTheWorkingDayBeforeItsDeadlineAndLeavesItWhenResolved()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.amministrativa");
        var kept = await phone.RecordAsync(TestApi.IntakeBody(category: "STATO"));
        var answered = await phone.RecordAsync(TestApi.IntakeBody(category: "STATO"));
        using (var take = await specialist.ActAsync(answered.Id, "take"))
        using (var resolve = await specialist.ActAsync(answered.Id, "resolve", new { feedback = "Pratica definita." }))
        {
            Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        }

        var supervisor = await app.ActorFor("responsabile");
        Assert.DoesNotContain(kept.Id, await DueSoonAsync(supervisor));

        // Three working days from Monday: due at the end of Thursday, so at risk from Wednesday.
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.DoesNotContain(kept.Id, await DueSoonAsync(supervisor));
        app.Clock.Advance(TimeSpan.FromDays(1));
        var wednesday = await DueSoonAsync(supervisor);

        Assert.Contains(kept.Id, wednesday);
        Assert.DoesNotContain(answered.Id, wednesday);
    }

    /// <summary>Every ticket the overview counts as due soon (its list shows only the first), checked against the tickets themselves.</summary>
    private async Task<IReadOnlyList<long>> DueSoonAsync(FiloDiretto.Accounts.Actor supervisor)
    {
        var overview = await app.Service<ReadOfficeOverview>().ReadAsync(supervisor, CancellationToken.None);
        using var phone = await app.ClientFor("linea1");
        var dueSoon = (await TicketPages.WalkAsync(phone, "limit=200"))
            .Where(t => t.DueAt <= overview.DueSoonBefore && Ticket.OpenStatuses.Any(s => s.ToString() == t.Status))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Select(t => t.Id)
            .ToList();
        Assert.Equal(dueSoon.Count, overview.DueSoonCount);
        Assert.Equal(dueSoon.Take(ReadOfficeOverview.DueSoonLimit), overview.DueSoon.Select(t => t.Id));
        return dueSoon;
    }
}

public sealed class DueSoonTestsOnSqlite(SqliteFactory app) : DueSoonTests<SqliteFactory>(app);

public sealed class DueSoonTestsOnPostgres(PostgresFactory app) : DueSoonTests<PostgresFactory>(app);
