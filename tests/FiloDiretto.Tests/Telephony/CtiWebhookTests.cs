using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FiloDiretto.Data;
using FiloDiretto.Telephony;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Telephony;

public abstract class CtiWebhookTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly DateTimeOffset Ring = new(2026, 4, 20, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnAnsweredCallIsLoggedWithItsOperatorLineNumberAndTimes()
    {
        var id = Cti.NewCallId();

        await Cti.SendAsync(app, Cti.Event("newCall", id, Ring));
        Assert.Equal(CallOutcome.Ringing, (await Cti.FindAsync(app, id))!.Outcome);
        await Cti.SendAsync(app, Cti.Event("answer", id, Ring.AddSeconds(12), user: "linea1"));
        Assert.Equal(CallOutcome.Connected, (await Cti.FindAsync(app, id))!.Outcome);
        await Cti.SendAsync(app, Cti.Event("hangup", id, Ring.AddSeconds(192), cause: "normal"));

        var call = (await Cti.FindAsync(app, id))!;
        Assert.Equal(CallOutcome.Answered, call.Outcome);
        Assert.Equal(CallDirection.Inbound, call.Direction);
        Assert.Equal("+393471234567", call.Citizen);
        Assert.Equal(1, call.Line);
        Assert.Equal("Giulia Ferri (linea 1)", call.OperatorName);
        Assert.Equal((12, 180), (call.WaitingSeconds, call.TalkingSeconds));
        Assert.Equal("normal", call.HangupCause);
    }

    [Theory]
    [InlineData("no-answer", CallOutcome.Missed)]
    [InlineData("cancelled", CallOutcome.Abandoned)]
    [InlineData("busy", CallOutcome.Busy)]
    public async Task ACallNobodyAnsweredEndsWithTheOutcomeOfItsCause(string cause, CallOutcome outcome)
    {
        var id = Cti.NewCallId();

        await Cti.SendAsync(app, Cti.Event("newCall", id, Ring));
        await Cti.SendAsync(app, Cti.Event("hangup", id, Ring.AddSeconds(40), cause: cause));

        var call = (await Cti.FindAsync(app, id))!;
        Assert.Equal(outcome, call.Outcome);
        Assert.Null(call.OperatorId);
        Assert.Equal((40, (int?)null), (call.WaitingSeconds, call.TalkingSeconds));
    }

    [Fact]
    public async Task ARepeatedEventChangesNothing()
    {
        var id = Cti.NewCallId();
        await Cti.SendAsync(app, Cti.Event("newCall", id, Ring));
        await Cti.SendAsync(app, Cti.Event("answer", id, Ring.AddSeconds(5), user: "linea1"));
        var before = (await Cti.FindAsync(app, id))!;
        app.Clock.Advance(TimeSpan.FromSeconds(30));

        await Cti.SendAsync(app, Cti.Event("newCall", id, Ring));
        await Cti.SendAsync(app, Cti.Event("answer", id, Ring.AddSeconds(5), user: "linea1"));

        var after = (await Cti.FindAsync(app, id))!;
        Assert.Equal((before.Version, before.UpdatedAt, before.StartedAt, before.AnsweredAt), (after.Version, after.UpdatedAt, after.StartedAt, after.AnsweredAt));
        Assert.Equal(1, await CountAsync(id));
    }

    [Fact]
    public async Task EventsOutOfOrderEndInTheSameRecordAsInOrder()
    {
        var inOrder = Cti.NewCallId();
        var reversed = Cti.NewCallId();
        static object[] Events(string id) =>
        [
            Cti.Event("newCall", id, Ring),
            Cti.Event("answer", id, Ring.AddSeconds(8), user: "linea2"),
            Cti.Event("hangup", id, Ring.AddSeconds(68), cause: "normal", from: "+393471234567"),
        ];

        foreach (var e in Events(inOrder))
        {
            await Cti.SendAsync(app, e);
        }

        foreach (var e in Events(reversed).Reverse())
        {
            await Cti.SendAsync(app, e);
        }

        var a = (await Cti.FindAsync(app, inOrder))!;
        var b = (await Cti.FindAsync(app, reversed))!;
        Assert.Equal(CallOutcome.Answered, b.Outcome);
        Assert.Equal(
            (a.Direction, a.Line, a.Citizen, a.OperatorId, a.StartedAt, a.AnsweredAt, a.EndedAt, a.HangupCause, a.Outcome),
            (b.Direction, b.Line, b.Citizen, b.OperatorId, b.StartedAt, b.AnsweredAt, b.EndedAt, b.HangupCause, b.Outcome));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("chiave-sbagliata-ma-lunga")]
    public async Task AWrongOrMissingKeyIsRefusedAndNothingIsRecorded(string? key)
    {
        var id = Cti.NewCallId();

        using var response = await Cti.PostAsync(app, Cti.Event("newCall", id, Ring), key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync(id));
    }

    [Fact]
    public async Task AUsersBearerTokenIsNoKey()
    {
        var id = Cti.NewCallId();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenFor("responsabile"));

        using var response = await client.PostAsJsonAsync(Cti.Path, Cti.Event("newCall", id, Ring));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync(id));
    }

    [Fact]
    public async Task AnotherOfficesKeyWritesIntoThatOfficeOnlyAndNeverNamesThisOfficesOperators()
    {
        await TelephonySetup.EnsureOtherOfficeAsync(app);
        var id = Cti.NewCallId();
        await Cti.SendAsync(app, Cti.Event("newCall", id, Ring), TelephonySetup.OtherSecret);
        await Cti.SendAsync(app, Cti.Event("answer", id, Ring.AddSeconds(3), user: "linea1"), TelephonySetup.OtherSecret);
        // The demo office's key on the same call id makes a call of its own, not a change of the other office's.
        await Cti.SendAsync(app, Cti.Event("hangup", id, Ring.AddSeconds(9), cause: "busy"));

        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var calls = await db.Calls.AsNoTracking().Where(c => c.ExternalId == id).Join(db.Offices, c => c.OfficeId, o => o.Id, (c, o) => new { o.Code, Call = c }).ToListAsync();
        var other = Assert.Single(calls, c => c.Code == TelephonySetup.OtherOffice).Call;
        var demo = Assert.Single(calls, c => c.Code == "LT").Call;
        Assert.Null(other.OperatorId);
        Assert.Null(other.EndedAt);
        Assert.Equal(CallOutcome.Connected, other.Outcome);
        Assert.Equal(CallOutcome.Busy, demo.Outcome);
    }

    [Fact]
    public async Task AnUnknownEventIsABadRequestNamingTheField()
    {
        using var response = await Cti.PostAsync(app, Cti.Event("transfer", Cti.NewCallId(), Ring));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"event\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<int> CountAsync(string id)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Calls.CountAsync(c => c.ExternalId == id);
    }
}

public sealed class CtiWebhookOnSqlite(TelephonySqliteFactory app) : CtiWebhookTests<TelephonySqliteFactory>(app);

public sealed class CtiWebhookOnPostgres(TelephonyPostgresFactory app) : CtiWebhookTests<TelephonyPostgresFactory>(app);
