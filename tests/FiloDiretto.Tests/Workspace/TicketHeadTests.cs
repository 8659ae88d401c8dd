using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;
using FiloDiretto.Workspace;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Workspace;

public abstract class TicketHeadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheHeadIsTheTicketsLastEventAndItsHolder()
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await phone.RecordAsync();
        var chiara = await ActorAsync("bo.pagamenti");
        var heads = app.Service<ReadTicketHead>();

        var created = await heads.ReadAsync(chiara, ticket.Id, CancellationToken.None);
        await specialist.ActAsync(ticket.Id, "take");
        var taken = await heads.ReadAsync(chiara, ticket.Id, CancellationToken.None);

        Assert.NotNull(created);
        Assert.NotNull(taken);
        Assert.Equal((EventKind.Created, (string?)null), (created.Kind, created.HolderId));
        Assert.Equal((EventKind.TakenInCharge, chiara.UserId, "Chiara Neri", chiara.UserId), (taken.Kind, taken.ByUserId, taken.By, taken.HolderId));
        Assert.Equal((await phone.GetTicketAsync(ticket.Id)).Timeline![^1].Seq, taken.Seq);
        Assert.True(taken.Seq > created.Seq);
    }

    [Fact]
    public async Task ATicketTheActorMayNotSeeHasNoHeadLikeOneThatDoesNotExist()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        var heads = app.Service<ReadTicketHead>();

        Assert.Null(await heads.ReadAsync(await ActorAsync("inca"), ticket.Id, CancellationToken.None));
        Assert.Null(await heads.ReadAsync(await ActorAsync("bo.pagamenti"), 999_999_999, CancellationToken.None));
    }

    private async Task<Actor> ActorAsync(string userName)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(user.Id, user.DisplayName, user.Role, user.OfficeId, user.Area, user.OrganisationId);
    }
}

public sealed class TicketHeadTestsOnSqlite(SqliteFactory app) : TicketHeadTests<SqliteFactory>(app);

public sealed class TicketHeadTestsOnPostgres(PostgresFactory app) : TicketHeadTests<PostgresFactory>(app);
