using System.Net;
using FiloDiretto.Patronati;
using FiloDiretto.Tests.Api;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Patronati;

public abstract class OrganisationTicketsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task APatronatoReadsItsOwnFilingsOnlyMostRecentlyChangedFirst()
    {
        using var inca = await app.ClientFor("inca");
        using var acli = await app.ClientFor("acli");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var first = await inca.RecordAsync();
        var second = await inca.RecordAsync();
        var other = await acli.RecordAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        using (var take = await specialist.ActAsync(first.Id, "take"))
        using (var resolve = await specialist.ActAsync(first.Id, "resolve", new { feedback = "Pagamento disposto." }))
        {
            Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        }

        var home = await app.Service<ReadOrganisationTickets>().ReadAsync(await app.ActorFor("inca"), CancellationToken.None);

        Assert.Equal("Patronato INCA CGIL", home.Organisation);
        Assert.Equal([first.Id, second.Id], home.Tickets.Take(2).Select(t => t.Id));
        Assert.Equal("Pagamento disposto.", home.Tickets[0].Feedback);
        Assert.DoesNotContain(other.Id, home.Tickets.Select(t => t.Id));
        var listed = await TicketPages.WalkAsync(inca, "limit=200");
        Assert.Equal(listed.Select(t => t.Id).Order(), home.Tickets.Select(t => t.Id).Order());
        Assert.Equal(home.Tickets.Select(t => t.UpdatedAt).OrderDescending(), home.Tickets.Select(t => t.UpdatedAt));
        Assert.False(home.More);
    }
}

public sealed class OrganisationTicketsTestsOnSqlite(SqliteFactory app) : OrganisationTicketsTests<SqliteFactory>(app);

public sealed class OrganisationTicketsTestsOnPostgres(PostgresFactory app) : OrganisationTicketsTests<PostgresFactory>(app);
