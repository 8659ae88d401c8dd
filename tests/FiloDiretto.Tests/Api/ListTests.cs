using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

using FiloDiretto.Accounts;
using FiloDiretto.Demo;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Api;

public abstract class ListTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] OpenStatuses = ["New", "InProgress", "AwaitingCitizen", "Reopened"];

    [Fact]
    public async Task WalkingPagesOfSevenReturnsEveryTicketOnceInDeadlineOrder()
    {
        using var client = await app.ClientFor("linea1");
        await client.RecordAsync();
        var everything = await TicketPages.WalkAsync(client, "limit=200");

        var pages = new List<TicketPage>();
        string? cursor = null;
        do
        {
            var page = await TicketPages.PageAsync(client, cursor is null ? "limit=7" : $"limit=7&cursor={cursor}");
            pages.Add(page);
            cursor = page.NextCursor;
            Assert.True(pages.Count <= 1000, "The cursor never ends.");
        }
        while (cursor is not null);

        var walked = pages.SelectMany(p => p.Items).ToList();
        Assert.True(everything.Count > 300, $"Expected the demo office's tickets, got {everything.Count}.");
        Assert.All(pages.SkipLast(1), p => Assert.Equal(7, p.Items.Count));
        Assert.InRange(pages[^1].Items.Count, 1, 7);
        Assert.Equal(everything.Select(t => t.Id), walked.Select(t => t.Id));
        Assert.Equal(walked.Count, walked.Select(t => t.Id).Distinct().Count());
        Assert.Equal(walked.Select(t => t.DueAt).Order(), walked.Select(t => t.DueAt));
    }

    [Fact]
    public async Task DefaultPageHoldsFiftyAndAPageThatEndsExactlyAtTheLastTicketHasNoCursor()
    {
        using var client = await app.ClientFor("linea1");
        var all = await TicketPages.WalkAsync(client, "limit=200");
        Assert.InRange(all.Count, 201, 400);

        var first = await TicketPages.PageAsync(client, "");
        var head = await TicketPages.PageAsync(client, "limit=200");
        var exactTail = await TicketPages.PageAsync(client, $"limit={all.Count - 200}&cursor={head.NextCursor}");
        var widerTail = await TicketPages.PageAsync(client, $"limit={all.Count - 199}&cursor={head.NextCursor}");
        var shorterTail = await TicketPages.PageAsync(client, $"limit={all.Count - 201}&cursor={head.NextCursor}");

        Assert.Equal(TicketQueries.DefaultLimit, first.Items.Count);
        Assert.Equal(all.Take(TicketQueries.DefaultLimit).Select(t => t.Id), first.Items.Select(t => t.Id));
        Assert.NotNull(first.NextCursor);
        Assert.NotNull(head.NextCursor);
        Assert.Equal(all.Skip(200).Select(t => t.Id), exactTail.Items.Select(t => t.Id));
        Assert.Null(exactTail.NextCursor);
        Assert.Equal(all.Skip(200).Select(t => t.Id), widerTail.Items.Select(t => t.Id));
        Assert.Null(widerTail.NextCursor);
        Assert.Equal(all.Skip(200).SkipLast(1).Select(t => t.Id), shorterTail.Items.Select(t => t.Id));
        Assert.NotNull(shorterTail.NextCursor);
    }

    [Theory]
    [InlineData("status=new", "Status", "New")]
    [InlineData("status=in-progress", "Status", "InProgress")]
    [InlineData("status=InProgress", "Status", "InProgress")]
    [InlineData("status=awaiting-citizen", "Status", "AwaitingCitizen")]
    [InlineData("status=closed", "Status", "Closed")]
    [InlineData("area=payments", "Area", "Payments")]
    [InlineData("area=Medical", "Area", "Medical")]
    [InlineData("category=PAG", "Category", "PAG")]
    [InlineData("category=stato", "Category", "STATO")]
    public async Task FilterReturnsExactlyTheMatchingTickets(string query, string field, string value)
    {
        using var client = await app.ClientFor("linea1");
        var all = await TicketPages.WalkAsync(client, "limit=200");

        var filtered = await TicketPages.WalkAsync(client, $"{query}&limit=200");

        var expected = all.Where(t => Field(t, field) == value).Select(t => t.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Select(t => t.Id));
    }

    [Fact]
    public async Task SeveralStatusesAreAnyOf()
    {
        using var client = await app.ClientFor("linea1");
        var all = await TicketPages.WalkAsync(client, "limit=200");

        var filtered = await TicketPages.WalkAsync(client, "status=new,%20reopened,awaiting-citizen&limit=200");

        Assert.Equal(
            all.Where(t => t.Status is "New" or "Reopened" or "AwaitingCitizen").Select(t => t.Id),
            filtered.Select(t => t.Id));
    }

    [Fact]
    public async Task FiltersCombineWithAnd()
    {
        using var client = await app.ClientFor("linea1");
        var all = await TicketPages.WalkAsync(client, "limit=200");

        var filtered = await TicketPages.WalkAsync(client, "status=in-progress&area=payments&limit=200");

        var expected = all.Where(t => t.Status == "InProgress" && t.Area == "Payments").Select(t => t.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Select(t => t.Id));
    }

    [Fact]
    public async Task HolderMeListsWhatTheSpecialistHasTakenAndNothingForAPhoneOperator()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await phone.RecordAsync();
        using (var take = await specialist.ActAsync(ticket.Id, "take"))
        {
            Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        }

        var all = await TicketPages.WalkAsync(phone, "limit=200");
        var mine = await TicketPages.WalkAsync(specialist, "holder=me&limit=200");

        Assert.Contains(ticket.Id, mine.Select(t => t.Id));
        Assert.Equal(all.Where(t => t.Holder == "Chiara Neri").Select(t => t.Id), mine.Select(t => t.Id));
        Assert.Empty(await TicketPages.WalkAsync(phone, "holder=me"));
    }

    [Fact]
    public async Task QueryFindsATicketByItsCodeAndBySurname()
    {
        using var client = await app.ClientFor("linea1");
        var ticket = await client.RecordAsync();

        var byCode = await TicketPages.WalkAsync(client, $"q={ticket.Code}");
        var byLowerCode = await TicketPages.WalkAsync(client, $"q={ticket.Code.ToLowerInvariant()}");
        var bySurname = await TicketPages.WalkAsync(client, $"q={Uri.EscapeDataString(ticket.Citizen.Surname)}&limit=200");

        Assert.Equal(ticket.Id, Assert.Single(byCode).Id);
        Assert.Equal(ticket.Id, Assert.Single(byLowerCode).Id);
        Assert.Contains(ticket.Id, bySurname.Select(t => t.Id));
        // The same words also find descriptions that contain them ("Rizzo" is inside "indirizzo").
        Assert.All(bySurname, t => Assert.True(
            t.Citizen.Surname.StartsWith(ticket.Citizen.Surname, StringComparison.OrdinalIgnoreCase)
            || t.Description.Contains(ticket.Citizen.Surname, StringComparison.OrdinalIgnoreCase),
            $"{t.Code} matches neither by surname nor by description."));
    }

    [Fact]
    public async Task QueryFindsATicketByTextWithinItsDescription()
    {
        using var client = await app.ClientFor("linea1");
        var word = "Pratica" + Guid.NewGuid().ToString("N")[..8];
        var ticket = await client.RecordAsync(TestApi.IntakeBody(description: $"Il cittadino cita la {word} del 2025."));

        var found = await TicketPages.WalkAsync(client, $"q={word.ToLowerInvariant()}");

        Assert.Equal(ticket.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task OverdueListsOnlyOpenTicketsPastTheirDeadline()
    {
        using var client = await app.ClientFor("linea1");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var all = await TicketPages.WalkAsync(client, "limit=200");

        var overdue = await TicketPages.WalkAsync(client, "overdue=true&limit=200");

        var expected = all.Where(t => t.DueAt < now && OpenStatuses.Contains(t.Status)).Select(t => t.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, overdue.Select(t => t.Id));
        Assert.Equal(all.Count, (await TicketPages.WalkAsync(client, "overdue=false&limit=200")).Count);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("status=sospesa", "status")]
    [InlineData("status=new,sospesa", "status")]
    [InlineData("area=pensioni", "area")]
    [InlineData("holder=bo.pagamenti", "holder")]
    [InlineData("cursor=garbage", "cursor")]
    [InlineData("cursor=!!!", "cursor")]
    [InlineData("fiscalCode=RSSMRA68A01H501X", "fiscalCode")]
    public async Task InvalidParameterIsAProblemNamingTheField(string query, string field)
    {
        using var client = await app.ClientFor("linea1");

        using var response = await client.GetAsync($"/api/v1/tickets?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors has no '{field}': {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Theory]
    [InlineData("x:1")]
    [InlineData("1:2:3")]
    [InlineData("99999999999999999999:1")]
    [InlineData("3155378976000000000:1")]
    [InlineData("-1:1")]
    public async Task WellEncodedCursorWithNonsenseInsideIsAProblem(string inside)
    {
        using var client = await app.ClientFor("linea1");
        var cursor = Convert.ToBase64String(Encoding.ASCII.GetBytes(inside)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        using var response = await client.GetAsync($"/api/v1/tickets?cursor={cursor}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("cursor", out _));
    }

    private static string Field(TicketView ticket, string field) => field switch
    {
        "Status" => ticket.Status,
        "Area" => ticket.Area,
        "Category" => ticket.Category,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}

public sealed class ListTestsOnSqlite(SqliteFactory app) : ListTests<SqliteFactory>(app);

public sealed class ListTestsOnPostgres(PostgresFactory app) : ListTests<PostgresFactory>(app);

/// <summary>
/// Moves its fixture's clock by weeks, which expires every bearer token the fixture cached: hence a class
/// (and a database) of its own, with fresh sign-ins after the move.
/// </summary>
public abstract class OverdueListTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TicketBecomesOverdueOnceItsDeadlinePassesAndLeavesTheListWhenResolved()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var late = await phone.RecordAsync();
        var resolved = await phone.RecordAsync();
        using (var take = await specialist.ActAsync(resolved.Id, "take"))
        {
            Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        }

        using (var resolve = await specialist.ActAsync(resolved.Id, "resolve", new { feedback = "Pagamento disposto." }))
        {
            Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        }

        Assert.True(late.DueAt > app.Clock.GetUtcNow().UtcDateTime);
        Assert.Empty(await TicketPages.WalkAsync(phone, $"overdue=true&q={late.Code}"));

        app.Clock.Advance(TimeSpan.FromDays(30));
        using var later = await app.ClientFor("linea1");

        Assert.True(late.DueAt < app.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(late.Id, Assert.Single(await TicketPages.WalkAsync(later, $"overdue=true&q={late.Code}")).Id);
        Assert.Empty(await TicketPages.WalkAsync(later, $"overdue=true&q={resolved.Code}"));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var overdue = await TicketPages.WalkAsync(later, "overdue=true&limit=200");
        Assert.All(overdue, t =>
        {
            Assert.True(t.DueAt < now, $"{t.Code} is due {t.DueAt:O}, after {now:O}.");
            Assert.Contains(t.Status, new[] { "New", "InProgress", "AwaitingCitizen", "Reopened" });
        });
    }
}

public sealed class OverdueListTestsOnSqlite(SqliteFactory app) : OverdueListTests<SqliteFactory>(app);

public sealed class OverdueListTestsOnPostgres(PostgresFactory app) : OverdueListTests<PostgresFactory>(app);

internal static class TicketPages
{
    public static async Task<TicketPage> PageAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/tickets?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TicketPage>(TestApi.Json))!;
    }

    /// <summary>Every ticket the query matches, following the cursor to the end.</summary>
    public static async Task<List<TicketView>> WalkAsync(HttpClient client, string query)
    {
        var items = new List<TicketView>();
        string? cursor = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await PageAsync(client, cursor is null ? query : $"{query}&cursor={cursor}");
            items.AddRange(page.Items);
            cursor = page.NextCursor;
            if (cursor is null)
            {
                return items;
            }
        }

        throw new InvalidOperationException("The cursor never ends.");
    }
}
