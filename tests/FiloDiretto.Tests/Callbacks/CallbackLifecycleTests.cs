using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Callbacks;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tests.Security.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Callbacks;

public abstract class CallbackLifecycleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task APromiseMustLieInTheCitizensReachableHoursOnAWorkingDayAndNotBePast()
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await app.TakenTicketAsync(specialist);

        await AssertInvalidAsync(specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "11:30", "12:30")), "to");
        await AssertInvalidAsync(specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "08:30", "09:30")), "from");
        await AssertInvalidAsync(specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "10:00", "09:00")), "to");
        await AssertInvalidAsync(specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00", days: ["saturday"])), "date");
        await AssertInvalidAsync(specialist.PromiseAsync(ticket, CallbackApi.Promise(day.AddDays(-1), "09:00", "10:00", days: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])), "to", "date");
        await AssertInvalidAsync(specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00", phone: "12")), "phone");
        Assert.Equal(2, (await specialist.GetTicketAsync(ticket)).Timeline!.Count);

        var promised = await (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00"))).ReadAsync(HttpStatusCode.Created);
        var again = await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "10:00", "11:00"));

        Assert.Equal(("open", "upcoming"), (promised.State, promised.Timing));
        Assert.Equal(CallbackApi.At(day, new TimeOnly(9, 0)), promised.WindowStart);
        Assert.StartsWith("+39", promised.Phone, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var timeline = (await specialist.GetTicketAsync(ticket)).Timeline!;
        Assert.Equal("CallbackPromised", timeline[^1].Kind);
        Assert.Equal("Chiarire i documenti mancanti.", timeline[^1].Text);
    }

    [Fact]
    public async Task ACallbackFallsDueAtItsWindowAndIsAlertedOverdueOnceEvenWithTwoDispatchers()
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        using var supervisor = await app.ClientFor("responsabile");
        var ticket = await app.TakenTicketAsync(specialist);
        var callback = await (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00"))).ReadAsync(HttpStatusCode.Created);
        var holder = await app.ActorFor("bo.pagamenti");
        var queries = app.Service<CallbackQueries>();
        var before = app.Clock.GetUtcNow().UtcDateTime;

        Assert.DoesNotContain(await RunPassAsync(), a => a.CallbackId == callback.Id);
        app.MoveTo(day, 9, 5);
        var due = Assert.Single(await RunPassAsync(), a => a.CallbackId == callback.Id);
        Assert.Equal(CallbackTiming.Due, due.Timing);
        Assert.Equal("due", (await specialist.ToMakeAsync()).Single(c => c.Id == callback.Id).Timing);
        Assert.True(await queries.CountDueAsync(holder, CancellationToken.None) >= 1);
        var supervisorActor = await app.ActorFor("responsabile");
        Assert.Contains(await queries.AlertsAfterAsync(supervisorActor, before, CancellationToken.None), a => a.CallbackId == callback.Id && a.Timing == CallbackTiming.Due);

        app.MoveTo(day, 10, 5);
        var dispatchers = new[] { NewDispatcher(), NewDispatcher() };
        var passes = await Task.WhenAll(dispatchers.Select(d => d.RunOnceAsync(CancellationToken.None)));
        var overdue = Assert.Single(passes.SelectMany(p => p), a => a.CallbackId == callback.Id);

        Assert.Equal(CallbackTiming.Overdue, overdue.Timing);
        Assert.DoesNotContain(await RunPassAsync(), a => a.CallbackId == callback.Id);
        Assert.Equal("overdue", (await supervisor.ToMakeAsync()).Single(c => c.Id == callback.Id).Timing);
        foreach (var user in new[] { holder, supervisorActor })
        {
            var alert = Assert.Single(await queries.AlertsAfterAsync(user, due.At, CancellationToken.None), a => a.CallbackId == callback.Id);
            Assert.Equal((CallbackTiming.Overdue, overdue.At), (alert.Timing, alert.At));
        }
    }

    [Fact]
    public async Task FailedAttemptsAreRetriedNoSoonerThanTheIntervalInsideReachableHoursAndEscalateAfterTheThird()
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await app.TakenTicketAsync(specialist);
        await (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00"))).ReadAsync(HttpStatusCode.Created);

        app.MoveTo(day, 9, 10);
        var first = await (await specialist.AttemptAsync(ticket, "no-answer", "Squilla a vuoto.")).ReadAsync();
        app.MoveTo(day, 11, 30);
        var second = await (await specialist.AttemptAsync(ticket, "busy")).ReadAsync();

        Assert.Equal((CallbackApi.At(day, new TimeOnly(10, 10)), CallbackApi.At(day, new TimeOnly(12, 0))), (first.WindowStart, first.WindowEnd));
        var nextDay = (await app.CalendarAsync()).AddWorkingDays(day, 1);
        Assert.Equal(CallbackApi.At(nextDay, new TimeOnly(9, 0)), second.WindowStart);
        Assert.Equal(("open", 2, "normal"), (second.State, second.FailedAttempts, (await specialist.GetTicketAsync(ticket)).Priority));

        app.MoveTo(nextDay, 9, 15);
        using var nextMorning = await app.ClientFor("bo.pagamenti"); // yesterday's token has expired
        var third = await (await nextMorning.AttemptAsync(ticket, "voicemail")).ReadAsync();

        Assert.Equal(("escalated", 3), (third.State, third.FailedAttempts));
        var read = await nextMorning.GetTicketAsync(ticket);
        Assert.Equal("urgent", read.Priority);
        Assert.Equal(
            ["CallbackPromised", "CallbackAttempted", "CallbackAttempted", "CallbackAttempted", "CallbackEscalated"],
            read.Timeline!.Skip(2).Select(e => e.Kind));
        Assert.Equal("3", read.Timeline![^1].Detail);
        Assert.Equal(HttpStatusCode.Conflict, (await nextMorning.AttemptAsync(ticket, "reached")).StatusCode);
    }

    [Fact]
    public async Task ReachingTheCitizenCompletesThePromiseAndANewOneMayFollow()
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await app.TakenTicketAsync(specialist);
        await (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00"))).ReadAsync(HttpStatusCode.Created);
        app.MoveTo(day, 9, 20);

        var reached = await (await specialist.AttemptAsync(ticket, "reached", "Documenti chiariti.")).ReadAsync();

        Assert.Equal(("reached", "closed", 0), (reached.State, reached.Timing, reached.FailedAttempts));
        Assert.Equal("reached", Assert.Single(reached.Attempts).Outcome);
        Assert.DoesNotContain(await specialist.ToMakeAsync(), c => c.Id == reached.Id);
        Assert.Equal(HttpStatusCode.Created, (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "11:00", "12:00"))).StatusCode);
    }

    [Fact]
    public async Task AWrongNumberStopsTheRetriesUntilTheCallbackIsRescheduledWithANewNumber()
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await app.TakenTicketAsync(specialist);
        await (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00"))).ReadAsync(HttpStatusCode.Created);
        app.MoveTo(day, 9, 20);

        var wrong = await (await specialist.AttemptAsync(ticket, "wrong-number")).ReadAsync();
        var refused = await specialist.AttemptAsync(ticket, "no-answer");
        var missingReason = await specialist.PostAsJsonAsync($"/api/v1/tickets/{ticket}/callbacks/reschedule", CallbackApi.Promise(day, "10:00", "11:00", phone: "333 123 4567"));
        var sameNumber = await specialist.PostAsJsonAsync(
            $"/api/v1/tickets/{ticket}/callbacks/reschedule",
            new { date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), from = "10:00", to = "11:00", reachableFrom = "09:00", reachableTo = "12:00", reason = "Riproviamo." });
        var rescheduled = await (await specialist.PostAsJsonAsync(
            $"/api/v1/tickets/{ticket}/callbacks/reschedule",
            new { date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), from = "10:00", to = "11:00", reachableFrom = "09:00", reachableTo = "12:00", phone = "333 123 4567", reason = "Numero corretto dal patronato." })).ReadAsync();

        Assert.Equal(("needs-number", "needs-number"), (wrong.State, wrong.Timing));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missingReason.StatusCode);
        Assert.True((await sameNumber.ProblemAsync()).GetProperty("errors").TryGetProperty("phone", out _));
        Assert.Equal(("open", "+393331234567", "Chiarire i documenti mancanti."), (rescheduled.State, rescheduled.Phone, rescheduled.Purpose));
        var last = (await specialist.GetTicketAsync(ticket)).Timeline![^1];
        Assert.Equal(("CallbackPromised", "Numero corretto dal patronato."), (last.Kind, last.Text));
        Assert.StartsWith("rescheduled:", last.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACallbackIsCancelledWithAReasonAndLeavesTheListOfCallsToMake()
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await app.TakenTicketAsync(specialist);
        var promised = await (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00"))).ReadAsync(HttpStatusCode.Created);

        var withoutReason = await specialist.PostAsJsonAsync($"/api/v1/tickets/{ticket}/callbacks/cancel", new { reason = " " });
        var cancelled = await (await specialist.PostAsJsonAsync($"/api/v1/tickets/{ticket}/callbacks/cancel", new { reason = "Il cittadino ha richiamato lui." })).ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal("cancelled", cancelled.State);
        Assert.DoesNotContain(await specialist.ToMakeAsync(), c => c.Id == promised.Id);
        Assert.Equal("cancelled", (await specialist.GetTicketAsync(ticket)).Timeline![^1].Detail);
    }

    [Fact]
    public async Task OnlyTheSpecialistWorkingTheTicketPromisesAndCallsAndAnotherOfficeFindsNothing()
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        using var colleague = await app.ClientFor("bo.sanitaria");
        using var phone = await app.ClientFor("linea1");
        var ticket = await app.TakenTicketAsync(specialist);
        var body = CallbackApi.Promise(day, "09:00", "10:00");

        Assert.Equal(HttpStatusCode.Forbidden, (await phone.PromiseAsync(ticket, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await colleague.PromiseAsync(ticket, body)).StatusCode);
        await (await specialist.PromiseAsync(ticket, body)).ReadAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await phone.AttemptAsync(ticket, "reached")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await colleague.AttemptAsync(ticket, "reached")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await phone.GetAsync("/api/v1/callbacks")).StatusCode);
        Assert.DoesNotContain(await colleague.ToMakeAsync(), c => c.TicketId == ticket);

        var other = await SecondOffice.CreateAsync(app);
        using var outsider = await app.SignInAsync(other.Supervisor, SecondOffice.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/tickets/{ticket}/callbacks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.AttemptAsync(ticket, "reached")).StatusCode);
        Assert.DoesNotContain(await outsider.ToMakeAsync(), c => c.TicketId == ticket);
        Assert.Equal("open", Assert.Single((await specialist.GetFromJsonAsync<List<CallbackView>>($"/api/v1/tickets/{ticket}/callbacks", TestApi.Json))!).State);
    }

    private Task<IReadOnlyList<CallbackAlert>> RunPassAsync() => app.Service<RaiseCallbackAlerts>().RunOnceAsync(CancellationToken.None);

    /// <summary>A second node's dispatcher: its own instance over the same database.</summary>
    private RaiseCallbackAlerts NewDispatcher() => ActivatorUtilities.CreateInstance<RaiseCallbackAlerts>(app.Services);

    private static async Task AssertInvalidAsync(Task<HttpResponseMessage> response, params string[] fields)
    {
        using var answer = await response;
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await answer.ProblemAsync()).GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => fields.Contains(e.Name));
    }
}

public sealed class CallbackLifecycleTestsOnSqlite(CallbacksOnSqlite app) : CallbackLifecycleTests<CallbacksOnSqlite>(app);

public sealed class CallbackLifecycleTestsOnPostgres(CallbacksOnPostgres app) : CallbackLifecycleTests<CallbacksOnPostgres>(app);
