using System.Net;
using System.Net.Http.Json;

using FiloDiretto.Citizens;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Api;

public abstract class CitizenLookupTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task CitizensTicketsComeOpenFirstThenNewestFirst()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var citizen = TestApi.NewCitizen();
        var oldest = await phone.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode, "STATO"));
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var middle = await phone.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode, "CONV_NR"));
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var newest = await phone.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode, "PAG"));
        await phone.RecordAsync(TestApi.IntakeBody(TestApi.NewCitizen().FiscalCode, "PAG"));
        await Succeeds(specialist.ActAsync(newest.Id, "take"));
        await Succeeds(specialist.ActAsync(newest.Id, "resolve", new { feedback = "Pagamento disposto." }));

        var found = await CitizenTicketsAsync(phone, citizen.FiscalCode);

        Assert.Equal([middle.Id, oldest.Id, newest.Id], found.Select(t => t.Id));
        Assert.Equal(["New", "New", "Resolved"], found.Select(t => t.Status));
        Assert.All(found, t => Assert.Equal(citizen.FiscalCode, t.Citizen.FiscalCode));
    }

    [Fact]
    public async Task OmocodicFormFindsTheSameTicketsBothWays()
    {
        using var phone = await app.ClientFor("linea1");
        var citizen = TestApi.NewCitizen();
        var omocodic = Omocodic(citizen.FiscalCode);
        Assert.NotEqual(citizen.FiscalCode, omocodic);
        var plain = await phone.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var recordedOmocodic = await phone.RecordAsync(TestApi.IntakeBody(omocodic));
        Assert.Equal(omocodic, recordedOmocodic.Citizen.FiscalCode);

        var byPlain = await CitizenTicketsAsync(phone, citizen.FiscalCode);
        var byOmocodic = await CitizenTicketsAsync(phone, omocodic);
        var byLowerSpaced = await CitizenTicketsAsync(phone, Uri.EscapeDataString(string.Join(' ', omocodic.ToLowerInvariant().Chunk(4).Select(c => new string(c)))));
        var listed = await ListAsync(phone, $"fiscalCode={omocodic}");

        long[] expected = [recordedOmocodic.Id, plain.Id];
        Assert.Equal(expected, byPlain.Select(t => t.Id));
        Assert.Equal(expected, byOmocodic.Select(t => t.Id));
        Assert.Equal(expected, byLowerSpaced.Select(t => t.Id));
        Assert.Equal(expected.Order(), listed.Select(t => t.Id).Order());
    }

    [Fact]
    public async Task ListFilteredByFiscalCodeHoldsExactlyThatCitizensTickets()
    {
        using var phone = await app.ClientFor("linea2");
        var citizen = TestApi.NewCitizen();
        var first = await phone.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode, "PAG"));
        var second = await phone.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode, "STATO"));
        await phone.RecordAsync();

        var listed = await ListAsync(phone, $"fiscalCode={citizen.FiscalCode}");
        var listedOmocodic = await ListAsync(phone, $"fiscalCode={Omocodic(citizen.FiscalCode)}&status=new&category=STATO");

        Assert.Equal(new[] { first.Id, second.Id }.Order(), listed.Select(t => t.Id).Order());
        Assert.Equal(second.Id, Assert.Single(listedOmocodic).Id);
    }

    [Fact]
    public async Task CitizenWithoutTicketsGetsAnEmptyList()
    {
        using var phone = await app.ClientFor("linea1");

        Assert.Empty(await CitizenTicketsAsync(phone, TestApi.NewCitizen().FiscalCode));
    }

    [Theory]
    [InlineData("RSSMRA68A01H501X")]
    [InlineData("RSSMRA68A01H501")]
    [InlineData("RSSMRA68Z01H501Y")]
    [InlineData("12345678901")]
    [InlineData("RSSMRA68A01H5%2A1Y")]
    public async Task InvalidFiscalCodeIsAProblemNamingTheField(string fiscalCode)
    {
        using var phone = await app.ClientFor("linea1");

        using var lookup = await phone.GetAsync($"/api/v1/citizens/{fiscalCode}/tickets");
        using var list = await phone.GetAsync($"/api/v1/tickets?fiscalCode={fiscalCode}");

        foreach (var response in new[] { lookup, list })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.ProblemAsync()).GetProperty("errors");
            Assert.True(errors.TryGetProperty("fiscalCode", out var messages), $"errors has no 'fiscalCode': {errors}");
            Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        }
    }

    [Fact]
    public async Task PatronatoLooksUpOnlyItsOwnFilingsForTheCitizen()
    {
        using var phone = await app.ClientFor("linea1");
        using var inca = await app.ClientFor("inca");
        using var acli = await app.ClientFor("acli");
        var citizen = TestApi.NewCitizen();
        var byPhone = await phone.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode));
        var byInca = await inca.RecordAsync(TestApi.IntakeBody(citizen.FiscalCode));

        Assert.Equal(byInca.Id, Assert.Single(await CitizenTicketsAsync(inca, citizen.FiscalCode)).Id);
        Assert.Empty(await CitizenTicketsAsync(acli, citizen.FiscalCode));
        Assert.Equal(new[] { byPhone.Id, byInca.Id }.Order(), (await CitizenTicketsAsync(phone, citizen.FiscalCode)).Select(t => t.Id).Order());
    }

    /// <summary>
    /// The omocodic variant of a code: the rightmost digit among positions 7, 8, 10, 11, 13, 14, 15 becomes
    /// its letter (0→L … 9→V) and the check character is recomputed.
    /// </summary>
    internal static string Omocodic(string fiscalCode)
    {
        var chars = fiscalCode.ToCharArray();
        foreach (var i in new[] { 14, 13, 12, 10, 9, 7, 6 })
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                chars[i] = "LMNPQRSTUV"[chars[i] - '0'];
                chars[15] = FiscalCode.CheckCharacter(chars.AsSpan(0, 15));
                return new string(chars);
            }
        }

        throw new ArgumentException($"{fiscalCode} has no digit left to substitute.", nameof(fiscalCode));
    }

    private static async Task Succeeds(Task<HttpResponseMessage> action)
    {
        using var response = await action;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<List<TicketView>> CitizenTicketsAsync(HttpClient client, string fiscalCode)
    {
        using var response = await client.GetAsync($"/api/v1/citizens/{fiscalCode}/tickets");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<TicketView>>(TestApi.Json))!;
    }

    private static async Task<IReadOnlyList<TicketView>> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/tickets?{query}&limit=200");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<TicketPage>(TestApi.Json))!;
        Assert.Null(page.NextCursor);
        return page.Items;
    }
}

public sealed class CitizenLookupTestsOnSqlite(SqliteFactory app) : CitizenLookupTests<SqliteFactory>(app);

public sealed class CitizenLookupTestsOnPostgres(PostgresFactory app) : CitizenLookupTests<PostgresFactory>(app);
