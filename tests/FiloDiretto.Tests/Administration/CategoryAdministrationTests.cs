using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Accounts;
using FiloDiretto.Administration;
using FiloDiretto.Categories;
using FiloDiretto.Tests.Api;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Administration;

public abstract class CategoryAdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static int _codes;

    [Fact]
    public async Task ANewCategoryIsAcceptedByIntakeAtOnceAndRoutesToItsArea()
    {
        var admin = await app.ActorAsync("admin");
        using var phone = await app.ClientFor("linea1");
        await phone.RecordAsync(); // the office's categories are now cached on this node
        var code = NewCode();

        var outcome = await app.Service<CreateCategory>().CreateAsync(admin, Request(code.ToLowerInvariant(), Area.Legal, 10), CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Done, outcome.Kind);
        var ticket = await phone.RecordAsync(TestApi.IntakeBody(category: code));
        Assert.Equal((code, "Legal"), (ticket.Category, ticket.Area));
        Assert.Contains(code, (await phone.GetFromJsonAsync<List<CategoryView>>("/api/v1/categories", TestApi.Json))!.Select(c => c.Code));
    }

    [Fact]
    public async Task ADeactivatedCategoryIsRefusedAtOnceUntilReactivated()
    {
        var admin = await app.ActorAsync("admin");
        using var phone = await app.ClientFor("linea2");
        var code = NewCode();
        await app.Service<CreateCategory>().CreateAsync(admin, Request(code, Area.Payments, 5), CancellationToken.None);
        await phone.RecordAsync(TestApi.IntakeBody(category: code));
        var id = Assert.Single(await ListAsync(admin), c => c.Code == code).Id;
        var setActive = app.Service<SetCategoryActive>();

        Assert.Equal(AdminOutcomeKind.Done, (await setActive.SetAsync(admin, id, false, CancellationToken.None)).Kind);

        using (var refused = await phone.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody(category: code)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.ProblemAsync()).GetProperty("errors").TryGetProperty("category", out _));
        }

        Assert.False(Assert.Single(await ListAsync(admin), c => c.Code == code).Active);

        Assert.Equal(AdminOutcomeKind.Done, (await setActive.SetAsync(admin, id, true, CancellationToken.None)).Kind);

        await phone.RecordAsync(TestApi.IntakeBody(category: code));
    }

    [Fact]
    public async Task AnEditedCategorySendsNewTicketsToItsNewAreaWithItsNewLabel()
    {
        var admin = await app.ActorAsync("admin");
        using var phone = await app.ClientFor("linea1");
        var code = NewCode();
        await app.Service<CreateCategory>().CreateAsync(admin, Request(code, Area.Medical, 5), CancellationToken.None);
        var before = await phone.RecordAsync(TestApi.IntakeBody(category: code));
        var id = Assert.Single(await ListAsync(admin), c => c.Code == code).Id;

        var outcome = await app.Service<EditCategory>().EditAsync(admin, id, new CategoryRequest
        {
            Code = "IGNORATO",
            Label = "Etichetta nuova",
            Area = Area.Payments,
            TargetWorkingDays = 20,
            FailureDemand = true,
        }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Done, outcome.Kind);
        var after = await phone.RecordAsync(TestApi.IntakeBody(category: code));
        Assert.Equal(("Payments", "Etichetta nuova"), (after.Area, after.CategoryLabel));
        Assert.True(after.DueAt > before.DueAt.AddDays(14));
        Assert.Equal("Medical", (await phone.GetTicketAsync(before.Id)).Area);
        var row = Assert.Single(await ListAsync(admin), c => c.Id == id);
        Assert.Equal((code, "Etichetta nuova", Area.Payments, 20, true), (row.Code, row.Label, row.Area, row.TargetWorkingDays, row.FailureDemand));
    }

    [Theory]
    [InlineData("A", "Code")]
    [InlineData("CON SPAZIO", "Code")]
    [InlineData("ÀCCENTO", "Code")]
    [InlineData("TROPPO_LUNGO_PER_UN_CODICE", "Code")]
    [InlineData("PAG", "Code")]
    [InlineData("", "Code")]
    public async Task ABadOrTakenCodeIsRefusedOnItsField(string code, string field)
    {
        var admin = await app.ActorAsync("admin");
        var count = (await ListAsync(admin)).Count;

        var outcome = await app.Service<CreateCategory>().CreateAsync(admin, Request(code, Area.Legal, 5), CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal([field], outcome.Errors!.Keys);
        Assert.Equal(count, (await ListAsync(admin)).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    [InlineData(null)]
    public async Task TheTargetIsOneToOneHundredTwentyWorkingDays(int? days)
    {
        var outcome = await app.Service<CreateCategory>().CreateAsync(
            await app.ActorAsync("admin"), new CategoryRequest { Code = NewCode(), Label = "Prova", Area = Area.Legal, TargetWorkingDays = days }, CancellationToken.None);

        Assert.Equal(["TargetWorkingDays"], outcome.Errors!.Keys);
    }

    [Fact]
    public async Task LabelAndAreaAreRequired()
    {
        var outcome = await app.Service<CreateCategory>().CreateAsync(
            await app.ActorAsync("admin"), new CategoryRequest { Code = NewCode(), Label = " ", TargetWorkingDays = 5 }, CancellationToken.None);

        Assert.Equal(["Area", "Label"], outcome.Errors!.Keys.Order());
    }

    [Fact]
    public async Task LatinasAdministratorNeitherSeesNorChangesAnotherOfficesCategories()
    {
        var latina = await app.ActorAsync("admin");
        var other = await app.NewOfficeWithAdminAsync();
        var theirs = Assert.Single(await ListAsync(other), c => c.Code == "PAG");

        var edit = await app.Service<EditCategory>().EditAsync(latina, theirs.Id, Request("PAG", Area.Legal, 1), CancellationToken.None);
        var deactivate = await app.Service<SetCategoryActive>().SetAsync(latina, theirs.Id, false, CancellationToken.None);

        Assert.DoesNotContain(await ListAsync(latina), c => c.Id == theirs.Id);
        Assert.Equal((AdminOutcomeKind.NotFound, AdminOutcomeKind.NotFound), (edit.Kind, deactivate.Kind));
        Assert.Equal(theirs, Assert.Single(await ListAsync(other), c => c.Id == theirs.Id));
    }

    private static string NewCode() => $"PROVA_{Interlocked.Increment(ref _codes)}";

    private static CategoryRequest Request(string code, Area area, int days) =>
        new() { Code = code, Label = $"Categoria {code}", Area = area, TargetWorkingDays = days };

    private Task<IReadOnlyList<CategoryRow>> ListAsync(Actor admin) => app.Service<ListCategories>().ListAsync(admin, CancellationToken.None);
}

public sealed class CategoryAdministrationTestsOnSqlite(SqliteFactory app) : CategoryAdministrationTests<SqliteFactory>(app);

public sealed class CategoryAdministrationTestsOnPostgres(PostgresFactory app) : CategoryAdministrationTests<PostgresFactory>(app);

/// <summary>Two nodes on one database: a category edited on one is offered by the other's intake within seconds.</summary>
public sealed class CategoryFreshnessAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task TheOtherNodeOffersANewCategoryOnceItsCopyIsOlderThanTheFreshness()
    {
        using var onSecond = await nodes.Second.ClientFor("linea1");
        await onSecond.RecordAsync(); // the second node now holds the office's categories
        var admin = await nodes.First.ActorAsync("admin");

        await nodes.First.Service<CreateCategory>().CreateAsync(
            admin, new CategoryRequest { Code = "NODI", Label = "Tra nodi", Area = Area.Legal, TargetWorkingDays = 5 }, CancellationToken.None);

        using (var stale = await onSecond.PostAsJsonAsync("/api/v1/tickets", TestApi.IntakeBody(category: "NODI")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        }

        nodes.Second.Clock.Advance(Offices.OfficeProfiles.Freshness);

        Assert.Equal("Legal", (await onSecond.RecordAsync(TestApi.IntakeBody(category: "NODI"))).Area);
    }
}
