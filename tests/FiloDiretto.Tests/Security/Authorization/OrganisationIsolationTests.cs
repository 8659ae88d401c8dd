using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Accounts;
using FiloDiretto.Patronati;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>A patronato sees only the tickets its own organisation filed; the office staff see them all.</summary>
public abstract class OrganisationIsolationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task EveryTicketEndpointAndPageAnswersAnotherOrganisationAsIfTheTicketWereMissing()
    {
        using var inca = await app.ClientFor("inca");
        var incas = await inca.RecordAsync();

        await HiddenTickets.AssertEveryTicketEndpointHidesAsync(app, await Caller.SignInAsync(app, "acli"), incas, inca);
    }

    [Fact]
    public async Task APatronatosHomeListsOnlyItsOrganisationsFilings()
    {
        using var inca = await app.ClientFor("inca");
        using var acli = await app.ClientFor("acli");
        var incas = await inca.RecordAsync();
        var aclis = await acli.RecordAsync();
        var officeTicket = await (await app.ClientFor("linea1")).RecordAsync();

        var acliHome = await app.Service<ReadOrganisationTickets>().ReadAsync(await app.ActorFor("acli"), CancellationToken.None);

        Assert.Contains(aclis.Id, acliHome.Tickets.Select(t => t.Id));
        Assert.DoesNotContain(incas.Id, acliHome.Tickets.Select(t => t.Id));
        Assert.DoesNotContain(officeTicket.Id, acliHome.Tickets.Select(t => t.Id));
    }

    [Fact]
    public async Task APatronatoClerkWithoutOrganisationSeesNoTicketAtAll()
    {
        var office = (await app.ActorFor("inca")).OfficeId;
        var userName = $"patronato.senza.{Guid.NewGuid():N}"[..30];
        await SecondOffice.AddUserAsync(app, userName, Role.Patronato, office);
        var officeTicket = await (await app.ClientFor("linea1")).RecordAsync();
        using var orphan = await app.SignInAsync(userName, SecondOffice.Password);

        using var list = await orphan.GetAsync("/api/v1/tickets?limit=200");
        using var read = await orphan.GetAsync($"/api/v1/tickets/{officeTicket.Id}");
        using var lookup = await orphan.GetAsync($"/api/v1/citizens/{officeTicket.Citizen.FiscalCode}/tickets");

        Assert.Empty((await list.Content.ReadFromJsonAsync<TicketPage>(TestApi.Json))!.Items);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Empty((await lookup.Content.ReadFromJsonAsync<List<TicketView>>(TestApi.Json))!);
    }
}

public sealed class OrganisationIsolationTestsOnSqlite(SqliteFactory app) : OrganisationIsolationTests<SqliteFactory>(app);

public sealed class OrganisationIsolationTestsOnPostgres(PostgresFactory app) : OrganisationIsolationTests<PostgresFactory>(app);
