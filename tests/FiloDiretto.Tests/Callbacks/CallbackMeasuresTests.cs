using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Callbacks;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tests.Security.Authorization;

namespace FiloDiretto.Tests.Callbacks;

/// <summary>The callback figures over one morning of a fresh office, where every number can be worked out by hand.</summary>
public abstract class CallbackMeasuresTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheFiguresCountFromTheCitizensLastCallToTheFirstAttemptAndToTheCitizenReached()
    {
        var office = await SecondOffice.CreateAsync(app);
        var day = await app.NextMorningAsync();
        var t0 = app.Clock.GetUtcNow();
        using var phone = await app.SignInAsync(office.Phone, SecondOffice.Password);
        using var specialist = await app.SignInAsync(office.BackOffice, SecondOffice.Password);
        using var supervisor = await app.SignInAsync(office.Supervisor, SecondOffice.Password);
        var (a, b, c, d) = (await TakenAsync(phone, specialist), await TakenAsync(phone, specialist), await TakenAsync(phone, specialist), await TakenAsync(phone, specialist));

        At(t0, 15);
        Assert.Equal(HttpStatusCode.OK, (await phone.ActAsync(b, "calls", new { note = "Richiama per sapere." })).StatusCode);
        foreach (var ticket in new[] { a, b, c, d })
        {
            await (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "08:30", "12:00", reachableFrom: "08:00", reachableTo: "18:00"))).ReadAsync(HttpStatusCode.Created);
        }

        await AttemptAtAsync(specialist, t0, 20, c, "no-answer");
        await AttemptAtAsync(specialist, t0, 30, a, "reached");
        await AttemptAtAsync(specialist, t0, 75, b, "no-answer");
        await AttemptAtAsync(specialist, t0, 80, c, "busy");
        await AttemptAtAsync(specialist, t0, 100, c, "voicemail");
        await AttemptAtAsync(specialist, t0, 145, b, "reached");

        var figures = await FiguresAsync(supervisor, day, day);
        var before = await FiguresAsync(supervisor, day.AddDays(-7), day.AddDays(-1));

        Assert.Equal(4, figures.Promises);
        Assert.Equal(new Spread(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60), 3), figures.ToFirstAttempt);
        Assert.Equal(new Spread(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(130), 2), figures.ToReached);
        Assert.Equal(1.0 / 3, figures.FirstAttemptSuccess!.Value, 6);
        Assert.Equal(1, figures.Escalations);
        Assert.Equal(new CallbackFigures(0, null, null, null, 0), before);
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync("/api/v1/callbacks/measures")).StatusCode);
    }

    private void At(DateTimeOffset t0, int minutes) => app.Clock.SetUtcNow(t0.AddMinutes(minutes));

    private async Task AttemptAtAsync(HttpClient specialist, DateTimeOffset t0, int minutes, long ticket, string outcome)
    {
        At(t0, minutes);
        await (await specialist.AttemptAsync(ticket, outcome)).ReadAsync();
    }

    private static async Task<long> TakenAsync(HttpClient phone, HttpClient specialist)
    {
        var ticket = await phone.RecordAsync();
        Assert.Equal(HttpStatusCode.OK, (await specialist.ActAsync(ticket.Id, "take")).StatusCode);
        return ticket.Id;
    }

    private static async Task<CallbackFigures> FiguresAsync(HttpClient supervisor, DateOnly from, DateOnly to) =>
        (await supervisor.GetFromJsonAsync<CallbackFigures>(
            $"/api/v1/callbacks/measures?from={from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            TestApi.Json))!;
}

public sealed class CallbackMeasuresTestsOnSqlite(CallbacksOnSqlite app) : CallbackMeasuresTests<CallbacksOnSqlite>(app);

public sealed class CallbackMeasuresTestsOnPostgres(CallbacksOnPostgres app) : CallbackMeasuresTests<CallbacksOnPostgres>(app);
