using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Demo;
using FiloDiretto.Offices;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Api;

public abstract class AccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string TestPassword = "Prova!2026-accesso";

    [Theory]
    [InlineData("GET", "/api/v1/tickets")]
    [InlineData("POST", "/api/v1/tickets")]
    [InlineData("GET", "/api/v1/tickets/1")]
    [InlineData("POST", "/api/v1/tickets/1/take")]
    [InlineData("GET", "/api/v1/events")]
    [InlineData("GET", "/api/v1/categories")]
    [InlineData("GET", "/api/v1/citizens/RSSMRA68A01H501Y/tickets")]
    public async Task AnonymousCallerIsRefusedWithProblem401(string method, string path)
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ForgedBearerTokenIsRefused()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "non-un-token-valido");

        using var response = await client.GetAsync("/api/v1/tickets");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("linea1", "POST", "take")]
    [InlineData("linea1", "POST", "resolve")]
    [InlineData("linea1", "POST", "release")]
    [InlineData("linea1", "POST", "close")]
    [InlineData("linea1", "POST", "forward")]
    [InlineData("sportello", "POST", "take")]
    [InlineData("sportello", "POST", "notes")]
    [InlineData("sportello", "POST", "reopen")]
    [InlineData("inca", "POST", "take")]
    [InlineData("inca", "POST", "notes")]
    [InlineData("inca", "POST", "reopen")]
    [InlineData("admin", "GET", "")]
    [InlineData("admin", "POST", "calls")]
    [InlineData("dpo", "GET", "")]
    [InlineData("dpo", "POST", "take")]
    public async Task RoleWithoutThePolicyIsForbiddenOnAnExistingTicket(string user, string method, string action)
    {
        using var phone = await app.ClientFor("linea2");
        var ticket = await phone.RecordAsync();
        using var client = await app.ClientFor(user);
        var path = action.Length == 0 ? $"/api/v1/tickets/{ticket.Id}" : $"/api/v1/tickets/{ticket.Id}/{action}";

        using var response = await client.SendAsync(Request(method, path, new { feedback = "x", text = "x", reason = "x", to = "ASL" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await phone.GetTicketAsync(ticket.Id);
        Assert.Equal("New", after.Status);
        Assert.Single(after.Timeline!);
    }

    [Theory]
    [InlineData("admin", "GET", "/api/v1/tickets")]
    [InlineData("dpo", "GET", "/api/v1/tickets")]
    [InlineData("admin", "POST", "/api/v1/tickets")]
    [InlineData("dpo", "POST", "/api/v1/tickets")]
    [InlineData("dpo", "GET", "/api/v1/categories")]
    [InlineData("inca", "GET", "/api/v1/events")]
    [InlineData("acli", "GET", "/api/v1/events")]
    [InlineData("admin", "GET", "/api/v1/events")]
    [InlineData("dpo", "GET", "/api/v1/events")]
    [InlineData("admin", "GET", "/api/v1/citizens/RSSMRA68A01H501Y/tickets")]
    [InlineData("dpo", "GET", "/api/v1/citizens/RSSMRA68A01H501Y/tickets")]
    public async Task RoleWithoutThePolicyIsForbidden(string user, string method, string path)
    {
        using var client = await app.ClientFor(user);

        using var response = await client.SendAsync(Request(method, path, TestApi.IntakeBody()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("linea1", 24)]
    [InlineData("sportello", 24)]
    [InlineData("inca", 24)]
    [InlineData("admin", 24)]
    public async Task EveryRoleThatFilesOrAdministersReadsTheCategories(string user, int expected)
    {
        using var client = await app.ClientFor(user);

        var categories = await client.GetFromJsonAsync<List<CategoryView>>("/api/v1/categories", TestApi.Json);

        Assert.Equal(expected, categories!.Count);
    }

    [Fact]
    public async Task PatronatoSeesOnlyItsOwnOrganisationsTicketsWhileTheOfficeSeesThemAll()
    {
        using var inca = await app.ClientFor("inca");
        using var acli = await app.ClientFor("acli");
        using var office = await app.ClientFor("linea1");
        var citizen = TestApi.NewCitizen();
        var ticket = await inca.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode));

        Assert.Equal(ticket.Code, (await inca.GetTicketAsync(ticket.Id)).Code);
        Assert.Contains(ticket.Id, (await ListAsync(inca, $"?q={ticket.Code}")).Select(t => t.Id));
        Assert.Contains(ticket.Id, (await CitizenTicketsAsync(inca, citizen.FiscalCode)).Select(t => t.Id));

        Assert.Equal(ticket.Code, (await office.GetTicketAsync(ticket.Id)).Code);
        Assert.Contains(ticket.Id, (await ListAsync(office, $"?q={ticket.Code}")).Select(t => t.Id));
        Assert.Contains(ticket.Id, (await CitizenTicketsAsync(office, citizen.FiscalCode)).Select(t => t.Id));

        using var read = await acli.GetAsync($"/api/v1/tickets/{ticket.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        await read.ProblemAsync();
        Assert.Empty(await ListAsync(acli, $"?q={ticket.Code}"));
        Assert.Empty(await CitizenTicketsAsync(acli, citizen.FiscalCode));
        using var call = await acli.ActAsync(ticket.Id, "calls", new { note = "Richiama il patronato sbagliato." });
        Assert.Equal(HttpStatusCode.NotFound, call.StatusCode);
        Assert.Equal(0, (await office.GetTicketAsync(ticket.Id)).RepeatCalls);
    }

    [Fact]
    public async Task PatronatosWholeQueueHoldsOnlyItsOwnFilings()
    {
        using var inca = await app.ClientFor("inca");
        using var acli = await app.ClientFor("acli");
        var incas = await inca.RecordAsync();
        var aclis = await acli.RecordAsync();

        var seenByAcli = await ListAsync(acli, "?limit=200");
        var seenByInca = await ListAsync(inca, "?limit=200");

        Assert.Contains(aclis.Id, seenByAcli.Select(t => t.Id));
        Assert.DoesNotContain(incas.Id, seenByAcli.Select(t => t.Id));
        Assert.Contains(incas.Id, seenByInca.Select(t => t.Id));
        Assert.DoesNotContain(aclis.Id, seenByInca.Select(t => t.Id));
        Assert.Empty(seenByAcli.Select(t => t.Id).Intersect(seenByInca.Select(t => t.Id)));
        Assert.All(seenByAcli.Concat(seenByInca), t => Assert.Equal("patronato", t.Channel));
    }

    [Fact]
    public async Task PatronatoIntakeIsAlwaysOnThePatronatoChannel()
    {
        using var inca = await app.ClientFor("inca");
        var citizen = TestApi.NewCitizen();

        var ticket = await inca.RecordAsync(new
        {
            citizen = new { fiscalCode = citizen.FiscalCode, surname = citizen.Surname, givenName = citizen.GivenName, phone = citizen.Phone },
            category = "STATO",
            description = "Pratica ferma da due mesi.",
            channel = "phone",
            line = 1,
        });

        Assert.Equal("patronato", ticket.Channel);
        Assert.Equal("patronato", ticket.Caller);
        Assert.Equal("patronato", (await inca.GetTicketAsync(ticket.Id)).Channel);
    }

    [Fact]
    public async Task CounterIntakeIsAlwaysOnTheCounterChannel()
    {
        using var counter = await app.ClientFor("sportello");

        var ticket = await counter.RecordAsync();

        Assert.Equal("counter", ticket.Channel);
    }

    [Fact]
    public async Task AnotherOfficeSeesNothingOfLatinaAndNumbersItsOwnEvents()
    {
        using var latina = await app.ClientFor("linea1");
        var latinaTicket = await latina.RecordAsync();
        var latinaHead = await latina.EventHeadAsync();

        await using (var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var rome = await db.AddOfficeAsync("RM", "INPS — Direzione provinciale di Roma", CancellationToken.None);
            await CreateUserAsync("bo.roma", Role.BackOffice, rome.Id, Area.Payments);
        }

        using var roma = await app.SignInAsync("bo.roma", TestPassword);

        using (var read = await roma.GetAsync($"/api/v1/tickets/{latinaTicket.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }

        using (var take = await roma.ActAsync(latinaTicket.Id, "take"))
        {
            Assert.Equal(HttpStatusCode.NotFound, take.StatusCode);
        }

        Assert.Equal("New", (await latina.GetTicketAsync(latinaTicket.Id)).Status);
        Assert.Empty((await roma.EventsAfterAsync(0)).Items);
        Assert.Empty(await ListAsync(roma, "?limit=200"));
        Assert.Empty(await CitizenTicketsAsync(roma, latinaTicket.Citizen.FiscalCode));
        Assert.Equal(24, (await roma.GetFromJsonAsync<List<CategoryView>>("/api/v1/categories", TestApi.Json))!.Count);

        var romeTicket = await roma.RecordAsync();

        Assert.Equal($"RM-{AppFactory.Start.Year}-000001", romeTicket.Code);
        var romeEvents = await roma.EventsAfterAsync(0);
        Assert.Equal(1L, Assert.Single(romeEvents.Items).Seq);
        Assert.Equal(romeTicket.Id, romeEvents.Items[0].TicketId);
        Assert.DoesNotContain(romeTicket.Id, (await latina.EventsAfterAsync(latinaHead)).Items.Select(e => e.TicketId));
        using (var read = await latina.GetAsync($"/api/v1/tickets/{romeTicket.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUserGetTheSameProblem401()
    {
        using var anonymous = app.CreateClient();

        using var wrong = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = "linea2", password = "Sbagliata!2026" });
        using var unknown = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nessuno", password = "Sbagliata!2026" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var wrongProblem = await wrong.ProblemAsync();
        var unknownProblem = await unknown.ProblemAsync();
        Assert.Equal(401, wrongProblem.GetProperty("status").GetInt32());
        Assert.Equal(wrongProblem.GetProperty("title").GetString(), unknownProblem.GetProperty("title").GetString());
        Assert.Equal(wrongProblem.GetProperty("detail").GetString(), unknownProblem.GetProperty("detail").GetString());
        Assert.False(wrongProblem.TryGetProperty("accessToken", out _));

        // One mistake does not lock the account.
        using var right = await app.SignInAsync("linea2", DemoMode.Password);
        using var list = await right.GetAsync("/api/v1/tickets?limit=1");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task TokenRequestWithoutCredentialsNamesTheMissingFields()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("userName", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task DisabledUserGetsNoToken()
    {
        var user = await CreateUserAsync("disabilitato", Role.PhoneOperator, await LatinaOfficeIdAsync(), null, disabled: true);
        using var anonymous = app.CreateClient();

        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = TestPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        var user = await CreateUserAsync("bloccato", Role.PhoneOperator, await LatinaOfficeIdAsync(), null);
        using var anonymous = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = "Sbagliata!2026" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = TestPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path, object? body = null) =>
        new(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : JsonContent.Create(body ?? new { }, options: TestApi.Json),
        };

    private static async Task<IReadOnlyList<TicketView>> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/tickets{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<TicketPage>(TestApi.Json))!;
        Assert.Null(page.NextCursor);
        return page.Items;
    }

    private static async Task<IReadOnlyList<TicketView>> CitizenTicketsAsync(HttpClient client, string fiscalCode)
    {
        using var response = await client.GetAsync($"/api/v1/citizens/{fiscalCode}/tickets");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<TicketView>>(TestApi.Json))!;
    }

    private async Task<int> LatinaOfficeIdAsync()
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Offices.Where(o => o.Code == "LT").Select(o => o.Id).SingleAsync();
    }

    private async Task<AppUser> CreateUserAsync(string userName, Role role, int officeId, Area? area, bool disabled = false)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName, Role = role, OfficeId = officeId, Area = area, Disabled = disabled };
        var result = await users.CreateAsync(user, TestPassword);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }
}

public sealed class AccessTestsOnSqlite(SqliteFactory app) : AccessTests<SqliteFactory>(app);

public sealed class AccessTestsOnPostgres(PostgresFactory app) : AccessTests<PostgresFactory>(app);
