using System.Net;
using System.Net.Http.Json;
using System.Text;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Api;

public abstract class IntakeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task RecordingACallCreatesANumberedTicketWithItsDeadlineAndEvent()
    {
        using var operatorClient = await app.ClientFor("linea1");
        var head = await operatorClient.EventHeadAsync();

        var response = await operatorClient.PostAsJsonAsync("/api/v1/tickets", new
        {
            citizen = new { fiscalCode = "rss mra 68a01 h501y", surname = "Rossi", givenName = "Mario", phone = "347 123 4567" },
            category = "pag",
            description = "Pagamento di marzo non arrivato.",
            channel = "phone",
            line = 2,
            caller = "relative",
            priority = "urgent",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = (await response.Content.ReadFromJsonAsync<TicketView>(TestApi.Json))!;
        Assert.Equal($"/api/v1/tickets/{ticket.Id}", response.Headers.Location?.OriginalString);
        Assert.Matches(@"^LT-2026-\d{6}$", ticket.Code);
        Assert.Equal("New", ticket.Status);
        Assert.Equal("Payments", ticket.Area);
        Assert.Equal("RSSMRA68A01H501Y", ticket.Citizen.FiscalCode);
        Assert.Equal("+393471234567", ticket.Citizen.Phone);
        Assert.Equal(("relative", "urgent", 2), (ticket.Caller, ticket.Priority, ticket.Line));
        Assert.Equal(0, ticket.RepeatCalls);
        // PAG has 5 working days: from Monday 20 April 2026, Friday 24 and Monday 27 are working, 25 April is a holiday
        // on a Saturday: the deadline is the end of Monday 27 April in Rome.
        Assert.Equal(new DateTime(2026, 4, 27, 22, 0, 0, DateTimeKind.Utc), ticket.DueAt);

        var events = await operatorClient.EventsAfterAsync(head);
        var created = Assert.Single(events.Items);
        Assert.Equal((head + 1, ticket.Id, ticket.Code, "Created", "New"), (created.Seq, created.TicketId, created.Code, created.Kind, created.Status));
    }

    [Theory]
    [MemberData(nameof(BadIntakeCases.All), MemberType = typeof(BadIntakeCases))]
    public async Task BadInputIsRefusedNamingTheFieldAndLeavesNoTrace(string body, string field)
    {
        using var client = await app.ClientFor("linea2");
        var head = await client.EventHeadAsync();

        var response = await client.PostAsync("/api/v1/tickets", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        var messages = problem.GetProperty("errors").GetProperty(field);
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(head, await client.EventHeadAsync());
    }

    [Fact]
    public async Task AWrongCheckCharacterSaysWhichOneWasExpected()
    {
        using var client = await app.ClientFor("linea1");
        var response = await client.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody(fiscalCode: "CCCFBA85D03L219B"));

        var problem = await response.ProblemAsync();
        Assert.Contains("atteso P", problem.GetProperty("errors").GetProperty("citizen.fiscalCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADescriptionOverFourThousandCharactersIsRefused()
    {
        using var client = await app.ClientFor("linea1");
        var response = await client.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody(description: new string('a', 4001)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("description", out _));
    }

    [Theory]
    [InlineData("""{"citizen":""")]
    [InlineData("""{"citizen":{"fiscalCode":12}}""")]
    [InlineData("not json at all")]
    public async Task MalformedJsonGetsAProblemWithoutInternals(string body)
    {
        using var client = await app.ClientFor("linea1");
        var head = await client.EventHeadAsync();

        var response = await client.PostAsync("/api/v1/tickets", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("exception", out _));
        Assert.Equal(head, await client.EventHeadAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task ARetryWithTheSameKeyReturnsTheSameTicketAndCreatesNothing()
    {
        using var client = await app.ClientFor("linea1");
        var body = TestApi.IntakeBody();
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKey(client, body, key);
        var head = await client.EventHeadAsync();
        var second = await PostWithKey(client, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = (await first.Content.ReadFromJsonAsync<TicketView>(TestApi.Json))!;
        var b = (await second.Content.ReadFromJsonAsync<TicketView>(TestApi.Json))!;
        Assert.Equal((a.Id, a.Code), (b.Id, b.Code));
        Assert.Equal(head, await client.EventHeadAsync());
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyCreateOneTicket()
    {
        using var client = await app.ClientFor("linea2");
        var body = TestApi.IntakeBody();
        var key = Guid.NewGuid().ToString();
        var head = await client.EventHeadAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostWithKey(client, body, key)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<TicketView>(TestApi.Json))!.Id));
        Assert.Single(ids.Distinct());
        Assert.Single((await client.EventsAfterAsync(head)).Items);
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIsRefused()
    {
        using var client = await app.ClientFor("linea1");
        var key = Guid.NewGuid().ToString();
        await PostWithKey(client, TestApi.IntakeBody(), key);
        var head = await client.EventHeadAsync();

        var response = await PostWithKey(client, TestApi.IntakeBody(), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        await response.ProblemAsync();
        Assert.Equal(head, await client.EventHeadAsync());
    }

    [Fact]
    public async Task AnOverlongIdempotencyKeyIsRefused()
    {
        using var client = await app.ClientFor("linea1");
        var response = await PostWithKey(client, TestApi.IntakeBody(), new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    private static Task<HttpResponseMessage> PostWithKey(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}

/// <summary>One bad field per body, and the field the problem must name.</summary>
public static class BadIntakeCases
{
    public static TheoryData<string, string> All => new()
    {
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501B","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"x"}""", "citizen.fiscalCode" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"x"}""", "citizen.fiscalCode" },
        { """{"citizen":{"fiscalCode":"RSSMRA68X01H501Y","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"x"}""", "citizen.fiscalCode" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"Rossi","givenName":"Mario","phone":"12"},"category":"PAG","description":"x"}""", "citizen.phone" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"x"}""", "citizen.surname" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"Rossi","givenName":"Mario","phone":"3471234567","email":"not-an-address"},"category":"PAG","description":"x"}""", "citizen.email" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"NOPE","description":"x"}""", "category" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"   "}""", "description" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"x","channel":"fax"}""", "channel" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"x","caller":"neighbour"}""", "caller" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"x","line":0}""", "line" },
        { """{"citizen":{"fiscalCode":"RSSMRA68A01H501Y","surname":"Rossi","givenName":"Mario","phone":"3471234567"},"category":"PAG","description":"x","applicationNumber":"INV 123"}""", "applicationNumber" },
        { """{"category":"PAG","description":"x"}""", "citizen" },
    };
}

public sealed class IntakeTestsOnSqlite(SqliteFactory app) : IntakeTests<SqliteFactory>(app);

public sealed class IntakeTestsOnPostgres(PostgresFactory app) : IntakeTests<PostgresFactory>(app);
