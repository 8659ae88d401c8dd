using FiloDiretto.Accounts;
using FiloDiretto.Administration;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Administration;

public abstract class LineAdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task ALineIsCreatedRenamedAndRemovedWhileNoTicketUsesIt()
    {
        var admin = await app.NewOfficeWithAdminAsync();

        var created = await app.Service<CreateLine>().CreateAsync(
            admin, new LineRequest { Number = 7, Name = " Linea patronati ", Phone = "0773 123456" }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Done, created.Kind);
        var line = Assert.Single(await ListAsync(admin), l => l.Number == 7);
        Assert.Equal(("Linea patronati", "+390773123456"), (line.Name, line.Phone));

        var edited = await app.Service<EditLine>().EditAsync(admin, line.Id, new LineRequest { Number = 8, Name = "Linea 8", Phone = "" }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Done, edited.Kind);
        var row = Assert.Single(await ListAsync(admin), l => l.Id == line.Id);
        Assert.Equal((8, "Linea 8", ""), (row.Number, row.Name, row.Phone));

        Assert.Equal(AdminOutcomeKind.Done, (await app.Service<RemoveLine>().RemoveAsync(admin, line.Id, CancellationToken.None)).Kind);
        Assert.Equal([1, 2], (await ListAsync(admin)).Select(l => l.Number));
    }

    [Theory]
    [InlineData(0, "Linea", "", "Number")]
    [InlineData(100, "Linea", "", "Number")]
    [InlineData(null, "Linea", "", "Number")]
    [InlineData(5, " ", "", "Name")]
    [InlineData(5, "Linea", "12", "Phone")]
    [InlineData(5, "Linea", "899 123 456", "Phone")]
    [InlineData(5, "Linea", "347ABC4567", "Phone")]
    [InlineData(1, "Doppione", "", "Number")]
    public async Task ABadLineIsRefusedOnItsField(int? number, string name, string phone, string field)
    {
        var admin = await app.NewOfficeWithAdminAsync();

        var outcome = await app.Service<CreateLine>().CreateAsync(admin, new LineRequest { Number = number, Name = name, Phone = phone }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Invalid, outcome.Kind);
        var message = Assert.Single(Assert.Single(outcome.Errors!, e => e.Key == field).Value);
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Single(outcome.Errors!);
        Assert.Equal([1, 2], (await ListAsync(admin)).Select(l => l.Number));
    }

    [Fact]
    public async Task ALineWithTicketsIsNeitherRemovedNorRenumberedButMayBeRenamed()
    {
        var admin = await app.ActorAsync("admin");
        const int number = 42;
        await app.Service<CreateLine>().CreateAsync(admin, new LineRequest { Number = number, Name = "Linea in uso" }, CancellationToken.None);
        var line = Assert.Single(await ListAsync(admin), l => l.Number == number);
        using var phone = await app.ClientFor("linea1");
        var citizen = TestApi.NewCitizen();
        await phone.RecordAsync(new
        {
            citizen = new { fiscalCode = citizen.FiscalCode, surname = citizen.Surname, givenName = citizen.GivenName, phone = citizen.Phone },
            category = "PAG",
            description = "Chiamata sulla linea nuova.",
            channel = "phone",
            line = number,
        });

        var removed = await app.Service<RemoveLine>().RemoveAsync(admin, line.Id, CancellationToken.None);
        var renumbered = await app.Service<EditLine>().EditAsync(admin, line.Id, new LineRequest { Number = number + 1, Name = "Linea in uso" }, CancellationToken.None);
        var renamed = await app.Service<EditLine>().EditAsync(admin, line.Id, new LineRequest { Number = number, Name = "Linea rinominata" }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Refused, removed.Kind);
        Assert.Contains(number.ToString(System.Globalization.CultureInfo.InvariantCulture), removed.Message, StringComparison.Ordinal);
        Assert.Equal(AdminOutcomeKind.Refused, renumbered.Kind);
        Assert.Equal(AdminOutcomeKind.Done, renamed.Kind);
        var row = Assert.Single(await ListAsync(admin), l => l.Id == line.Id);
        Assert.Equal((number, "Linea rinominata", ""), (row.Number, row.Name, row.Phone));
    }

    [Fact]
    public async Task LatinasAdministratorNeitherSeesNorChangesAnotherOfficesLines()
    {
        var latina = await app.ActorAsync("admin");
        var other = await app.NewOfficeWithAdminAsync();
        var theirs = Assert.Single(await ListAsync(other), l => l.Number == 2);

        var edit = await app.Service<EditLine>().EditAsync(latina, theirs.Id, new LineRequest { Number = 2, Name = "Presa" }, CancellationToken.None);
        var remove = await app.Service<RemoveLine>().RemoveAsync(latina, theirs.Id, CancellationToken.None);

        Assert.DoesNotContain(await ListAsync(latina), l => l.Id == theirs.Id);
        Assert.Equal((AdminOutcomeKind.NotFound, AdminOutcomeKind.NotFound), (edit.Kind, remove.Kind));
        Assert.Equivalent(theirs, Assert.Single(await ListAsync(other), l => l.Id == theirs.Id), strict: true);
    }

    private Task<IReadOnlyList<LineRow>> ListAsync(Actor admin) => app.Service<ListLines>().ListAsync(admin, CancellationToken.None);
}

public sealed class LineAdministrationTestsOnSqlite(SqliteFactory app) : LineAdministrationTests<SqliteFactory>(app);

public sealed class LineAdministrationTestsOnPostgres(PostgresFactory app) : LineAdministrationTests<PostgresFactory>(app);
