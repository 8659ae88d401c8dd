using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Data;
using FiloDiretto.Privacy;
using FiloDiretto.Telephony;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FiloDiretto.Tests.Privacy;

public abstract class CallPrivacyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Number = "+393471234567";

    [Fact]
    public async Task ErasureBlanksTheNumberOfTheCallsOfTheErasedTicketsKeepingTheirTimesAndOutcome()
    {
        var citizen = TestApi.NewCitizen().FiscalCode;
        var erased = await app.RecordClosedAsync(citizen);
        var other = await app.RecordClosedAsync();
        var erasedCall = await LinkedCallAsync(erased.Id);
        var otherCall = await LinkedCallAsync(other.Id);
        var before = await CallAsync(erasedCall);

        using var supervisor = await app.ClientFor("responsabile");
        var response = await supervisor.PostAsJsonAsync("/api/v1/privacy/erase", new { fiscalCode = citizen, reference = "Prot. 2026/0500" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await CallAsync(erasedCall);
        Assert.Null(after.Citizen);
        Assert.Equal((before.StartedAt, before.AnsweredAt, before.Outcome, before.OperatorId), (after.StartedAt, after.AnsweredAt, after.Outcome, after.OperatorId));
        Assert.Equal([erased.Id], after.Tickets.Select(t => t.TicketId));
        Assert.Equal(Number, (await CallAsync(otherCall)).Citizen);
    }

    [Fact]
    public async Task RetentionBlanksTheCallsOfAnonymisedTicketsAndThoseAboutNoTicketPastThePeriod()
    {
        var closed = await app.RecordClosedAsync();
        using var phone = await app.ClientFor("linea1");
        var open = await phone.RecordAsync();
        var closedCall = await LinkedCallAsync(closed.Id);
        var openCall = await LinkedCallAsync(open.Id);
        var now = app.Clock.GetUtcNow();
        var oldUnlinked = await UnlinkedCallAsync(now.UtcDateTime);
        var recentUnlinked = await UnlinkedCallAsync(now.UtcDateTime.AddHours(2));

        await PassAt(now.AddMonths(new RetentionOptions().ClosedTicketsMonths).AddHours(1)).RunOnceAsync(CancellationToken.None);

        Assert.Null((await CallAsync(closedCall)).Citizen);
        Assert.Null((await CallAsync(oldUnlinked)).Citizen);
        Assert.NotNull((await CallAsync(oldUnlinked)).StartedAt);
        Assert.Equal(Number, (await CallAsync(openCall)).Citizen);
        Assert.Equal(Number, (await CallAsync(recentUnlinked)).Citizen);
    }

    private async Task<long> LinkedCallAsync(long ticketId) =>
        await app.Service<LinkCall>().LinkAsync(await app.ActorFor("linea1"), null, ticketId, 1, Number, CancellationToken.None);

    private async Task<long> UnlinkedCallAsync(DateTime startedAt)
    {
        var actor = await app.ActorFor("linea1");
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var call = PhoneCall.ByHand(actor.OfficeId, CallDirection.Inbound, 1, actor.UserId, actor.Name, Number, startedAt);
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        return call.Id;
    }

    private async Task<PhoneCall> CallAsync(long id)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Calls.AsNoTracking().Include(c => c.Tickets).SingleAsync(c => c.Id == id);
    }

    private AnonymiseExpiredTickets PassAt(DateTimeOffset now) => new(
        app.Service<IDbContextFactory<AppDbContext>>(),
        app.Service<WriteGate>(),
        Options.Create(new RetentionOptions()),
        new FakeTimeProvider(now),
        NullLogger<AnonymiseExpiredTickets>.Instance);
}

public sealed class CallPrivacyTestsOnSqlite(SqliteFactory app) : CallPrivacyTests<SqliteFactory>(app);

public sealed class CallPrivacyTestsOnPostgres(PostgresFactory app) : CallPrivacyTests<PostgresFactory>(app);
