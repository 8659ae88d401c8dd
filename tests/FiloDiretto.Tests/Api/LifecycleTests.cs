using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Api;

public abstract class LifecycleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheSeedPracticeRunsFromCallToClosureWithEveryStepOnTheTimeline()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await phone.RecordAsync();

        await Expect(specialist.ActAsync(ticket.Id, "take"), "InProgress");
        await Expect(specialist.ActAsync(ticket.Id, "contacts", new { channel = "phone", outcome = "no-answer", note = "Squilla a vuoto." }), "InProgress");
        await Expect(specialist.ActAsync(ticket.Id, "contacts", new { channel = "phone", outcome = "reached" }), "InProgress");
        await Expect(specialist.ActAsync(ticket.Id, "await-citizen", new { request = "Inviare l'IBAN." }), "AwaitingCitizen");
        await Expect(phone.ActAsync(ticket.Id, "calls", new { note = "Ha spedito l'IBAN." }), "AwaitingCitizen");
        await Expect(specialist.ActAsync(ticket.Id, "notes", new { text = "IBAN ricevuto." }), "AwaitingCitizen");
        var resolved = await Expect(specialist.ActAsync(ticket.Id, "resolve", new { feedback = "Pagamento disposto per il 1° del mese." }), "Resolved");
        await Expect(specialist.ActAsync(ticket.Id, "close"), "Closed");

        Assert.Equal("Pagamento disposto per il 1° del mese.", resolved.Feedback);
        var read = await phone.GetTicketAsync(ticket.Id);
        Assert.Equal(1, read.RepeatCalls);
        Assert.Equal("Chiara Neri", read.Holder);
        Assert.Equal(
            ["Created", "TakenInCharge", "ContactAttempt", "ContactAttempt", "AwaitingCitizen", "RepeatCall", "Note", "Resolved", "Closed"],
            read.Timeline!.Select(e => e.Kind));
        Assert.Equal("phone:no-answer", read.Timeline![2].Detail);
        Assert.Equal(read.Timeline.Select(e => e.Seq).Order(), read.Timeline.Select(e => e.Seq));
        Assert.Equal("Inviare l'IBAN.", read.Timeline![4].Text);
    }

    [Fact]
    public async Task OnlyTheHolderWorksTheTicketAndSomeoneElsesTakeNamesTheHolder()
    {
        using var phone = await app.ClientFor("linea2");
        using var holder = await app.ClientFor("bo.pagamenti");
        using var other = await app.ClientFor("bo.sanitaria");
        var ticket = await phone.RecordAsync();
        await Expect(holder.ActAsync(ticket.Id, "take"), "InProgress");

        var take = await other.ActAsync(ticket.Id, "take");
        Assert.Equal(HttpStatusCode.Conflict, take.StatusCode);
        var problem = await take.ProblemAsync();
        Assert.Equal("Chiara Neri", problem.GetProperty("holder").GetString());
        Assert.Contains("Chiara Neri", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        foreach (var (action, body) in new (string, object)[]
                 {
                     ("resolve", new { feedback = "x" }), ("contacts", new { outcome = "reached" }),
                     ("await-citizen", new { request = "x" }), ("forward", new { to = "ASL", reason = "x" }), ("release", new { }),
                 })
        {
            Assert.Equal(HttpStatusCode.Conflict, (await other.ActAsync(ticket.Id, action, body)).StatusCode);
        }

        Assert.Equal("InProgress", (await phone.GetTicketAsync(ticket.Id)).Status);
        await Expect(holder.ActAsync(ticket.Id, "take"), "InProgress"); // taking what you hold changes nothing
        Assert.Equal(2, (await phone.GetTicketAsync(ticket.Id)).Timeline!.Count);
    }

    [Fact]
    public async Task ASupervisorMayReleaseAnotherSpecialistsTicket()
    {
        using var holder = await app.ClientFor("bo.pagamenti");
        using var supervisor = await app.ClientFor("responsabile");
        var ticket = await (await app.ClientFor("linea1")).RecordAsync();
        await Expect(holder.ActAsync(ticket.Id, "take"), "InProgress");

        var released = await Expect(supervisor.ActAsync(ticket.Id, "release"), "New");

        Assert.Null(released.Holder);
        await Expect(supervisor.ActAsync(ticket.Id, "take"), "InProgress");
    }

    [Fact]
    public async Task ARepeatCallOnAResolvedProblemReopensIt()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await phone.RecordAsync();
        await Expect(specialist.ActAsync(ticket.Id, "take"), "InProgress");
        await Expect(specialist.ActAsync(ticket.Id, "resolve", new { feedback = "Risolto." }), "Resolved");

        Assert.Equal(HttpStatusCode.Conflict, (await phone.ActAsync(ticket.Id, "calls", new { note = "Richiama." })).StatusCode);
        var reopened = await Expect(phone.ActAsync(ticket.Id, "reopen", new { reason = "Il pagamento non è ancora arrivato." }), "Reopened");

        Assert.Null(reopened.Holder);
        await Expect(phone.ActAsync(ticket.Id, "calls", new { }), "Reopened");
        await Expect(specialist.ActAsync(ticket.Id, "take"), "InProgress");
    }

    [Fact]
    public async Task ForwardingSendsTheTicketElsewhereAndItCanBeClosed()
    {
        using var specialist = await app.ClientFor("bo.sanitaria");
        var ticket = await (await app.ClientFor("linea1")).RecordAsync(TestApi.IntakeBody(category: "CONV_NR"));
        await Expect(specialist.ActAsync(ticket.Id, "take"), "InProgress");

        await Expect(specialist.ActAsync(ticket.Id, "forward", new { to = "Commissione medica ASL", reason = "Competenza ASL." }), "Forwarded");
        var timeline = (await specialist.GetTicketAsync(ticket.Id)).Timeline!;
        Assert.Equal("Commissione medica ASL", timeline[^1].Detail);
        await Expect(specialist.ActAsync(ticket.Id, "close"), "Closed");
        Assert.Equal(HttpStatusCode.Conflict, (await specialist.ActAsync(ticket.Id, "reopen", new { reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task TransitionsNotAllowedFromTheCurrentStateAreConflictsAndChangeNothing()
    {
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await (await app.ClientFor("linea1")).RecordAsync();
        var head = await specialist.EventHeadAsync();

        foreach (var (action, body) in new (string, object)[]
                 {
                     ("resolve", new { feedback = "x" }), ("close", new { }), ("reopen", new { reason = "x" }),
                     ("await-citizen", new { request = "x" }), ("release", new { }), ("contacts", new { outcome = "reached" }),
                 })
        {
            var response = await specialist.ActAsync(ticket.Id, action, body);
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{action}: {response.StatusCode}");
            await response.ProblemAsync();
        }

        Assert.Equal(head, await specialist.EventHeadAsync());
        Assert.Equal("New", (await specialist.GetTicketAsync(ticket.Id)).Status);
    }

    [Fact]
    public async Task ActionsNeedTheirTextAndAKnownOutcome()
    {
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await (await app.ClientFor("linea1")).RecordAsync();
        await Expect(specialist.ActAsync(ticket.Id, "take"), "InProgress");

        await ExpectInvalid(specialist.ActAsync(ticket.Id, "resolve", new { feedback = " " }), "feedback");
        await ExpectInvalid(specialist.ActAsync(ticket.Id, "await-citizen", new { }), "request");
        await ExpectInvalid(specialist.ActAsync(ticket.Id, "contacts", new { outcome = "maybe" }), "outcome");
        await ExpectInvalid(specialist.ActAsync(ticket.Id, "contacts", new { channel = "pigeon", outcome = "sent" }), "channel");
        await ExpectInvalid(specialist.ActAsync(ticket.Id, "forward", new { reason = "x" }), "to");
        await ExpectInvalid(specialist.ActAsync(ticket.Id, "notes", new { text = new string('n', 4001) }), "text");
        Assert.Equal(2, (await specialist.GetTicketAsync(ticket.Id)).Timeline!.Count);
    }

    [Fact]
    public async Task AnUnknownTicketIsNotFound()
    {
        using var specialist = await app.ClientFor("bo.pagamenti");

        var get = await specialist.GetAsync("/api/v1/tickets/987654321");
        var take = await specialist.ActAsync(987654321, "take");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, take.StatusCode);
        await get.ProblemAsync();
        await take.ProblemAsync();
    }

    private static async Task<TicketView> Expect(Task<HttpResponseMessage> call, string status)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var ticket = (await response.Content.ReadFromJsonAsync<TicketView>(TestApi.Json))!;
        Assert.Equal(status, ticket.Status);
        return ticket;
    }

    private static async Task ExpectInvalid(Task<HttpResponseMessage> call, string field)
    {
        var response = await call;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
    }
}

public sealed class LifecycleTestsOnSqlite(SqliteFactory app) : LifecycleTests<SqliteFactory>(app);

public sealed class LifecycleTestsOnPostgres(PostgresFactory app) : LifecycleTests<PostgresFactory>(app);
