using FiloDiretto.Administration;
using FiloDiretto.Categories;
using FiloDiretto.Offices;
using FiloDiretto.Tests.Administration;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Telephony;

public sealed class LineSetupTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    private static HoursRequest Hours(DayOfWeek day, int from, int to) => new() { Day = day, From = new TimeOnly(from, 0), To = new TimeOnly(to, 0) };

    [Fact]
    public async Task ANewOfficesLinesOpenMondayToFridayFromHalfPastEightToHalfPastTwelve()
    {
        var admin = await app.NewOfficeWithAdminAsync();

        var lines = await app.Service<ListLines>().ListAsync(admin, CancellationToken.None);

        Assert.Equal([1, 2], lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.Equal(PhoneLine.DefaultHours(), l.Hours));
    }

    [Fact]
    public async Task TheAdministratorSetsAreaOperatorsAndSeveralSpansADay()
    {
        var admin = await app.NewOfficeWithAdminAsync();
        var line = (await app.Service<ListLines>().ListAsync(admin, CancellationToken.None))[0];
        await FiloDiretto.Tests.Security.Authorization.SecondOffice.AddUserAsync(app, $"op-{Guid.NewGuid():N}"[..12], FiloDiretto.Accounts.Role.PhoneOperator, admin.OfficeId);
        var operatorId = (await app.Service<ListLines>().OperatorsAsync(admin, CancellationToken.None))[0].Id;

        var outcome = await app.Service<EditLine>().EditAsync(admin, line.Id, new LineRequest
        {
            Number = line.Number,
            Name = line.Name,
            Area = Area.Medical,
            OperatorIds = [operatorId],
            Hours = [Hours(DayOfWeek.Tuesday, 14, 16), Hours(DayOfWeek.Tuesday, 9, 12)],
        }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Done, outcome.Kind);
        var row = (await app.Service<ListLines>().ListAsync(admin, CancellationToken.None))[0];
        Assert.Equal(Area.Medical, row.Area);
        Assert.Equal([operatorId], row.OperatorIds);
        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(14, 0)], row.Hours.Select(h => h.From));
    }

    [Fact]
    public async Task HoursOutOfOrderOrOverlappingAndAnotherOfficesOperatorAreRefusedByField()
    {
        var admin = await app.NewOfficeWithAdminAsync();
        var line = (await app.Service<ListLines>().ListAsync(admin, CancellationToken.None))[0];
        var edit = app.Service<EditLine>();

        var hours = await edit.EditAsync(admin, line.Id, new LineRequest
        {
            Number = line.Number,
            Name = line.Name,
            Hours = [Hours(DayOfWeek.Monday, 9, 12), Hours(DayOfWeek.Monday, 11, 13), Hours(DayOfWeek.Friday, 12, 9)],
        }, CancellationToken.None);
        var stranger = await edit.EditAsync(admin, line.Id, new LineRequest
        {
            Number = line.Number,
            Name = line.Name,
            OperatorIds = [(await app.ActorFor("linea1")).UserId],
        }, CancellationToken.None);

        Assert.Equal(["Hours[1].From", "Hours[2].To"], hours.Errors!.Keys.Order());
        Assert.Contains("sovrappone", hours.Errors["Hours[1].From"][0], StringComparison.Ordinal);
        Assert.Equal(["OperatorIds"], stranger.Errors!.Keys);
    }
}
