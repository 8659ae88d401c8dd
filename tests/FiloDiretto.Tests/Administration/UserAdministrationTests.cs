using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FiloDiretto.Accounts;
using FiloDiretto.Administration;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Administration;

public abstract partial class UserAdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static int _users;

    [Fact]
    public async Task ACreatedSpecialistGetsATokenAndWorksTheQueueOfTheirArea()
    {
        var admin = await app.ActorAsync("admin");
        var userName = NewUserName();

        var outcome = await app.Service<CreateUser>().CreateAsync(admin, new NewUser
        {
            UserName = $"  {userName} ",
            DisplayName = "Giorgio Neri",
            Role = Role.BackOffice,
            Area = Area.Payments,
            Password = OfficeAdmins.Password,
        }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Done, outcome.Kind);
        var row = Assert.Single((await ListAsync(admin)).Users, u => u.UserName == userName);
        Assert.Equal(("Giorgio Neri", Role.BackOffice, Area.Payments, false, false), (row.DisplayName, row.Role, row.Area, row.Disabled, row.LockedOut));
        using var specialist = await app.SignInAsync(userName, OfficeAdmins.Password);
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        using var take = await specialist.ActAsync(ticket.Id, "take");
        Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        Assert.Equal("Giorgio Neri", (await phone.GetTicketAsync(ticket.Id)).Holder);
    }

    [Fact]
    public async Task AnEmptyFormNamesEveryMissingField()
    {
        var outcome = await app.Service<CreateUser>().CreateAsync(await app.ActorAsync("admin"), new NewUser(), CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal(["DisplayName", "Password", "Role", "UserName"], outcome.Errors!.Keys.Order());
    }

    [Fact]
    public async Task TheRoleDecidesWhetherAreaAndPatronatoAreRequired()
    {
        var admin = await app.ActorAsync("admin");
        var create = app.Service<CreateUser>();
        static NewUser Request(Role role, Area? area = null, int? organisation = null) => new()
        {
            UserName = NewUserName(),
            DisplayName = "Prova",
            Role = role,
            Area = area,
            OrganisationId = organisation,
            Password = OfficeAdmins.Password,
        };

        var noArea = await create.CreateAsync(admin, Request(Role.BackOffice), CancellationToken.None);
        var noPatronato = await create.CreateAsync(admin, Request(Role.Patronato), CancellationToken.None);
        var anotherOffice = await app.NewOfficeWithAdminAsync();
        var foreignPatronato = await create.CreateAsync(admin, Request(Role.Patronato, organisation: await AddOrganisationAsync(anotherOffice.OfficeId)), CancellationToken.None);

        Assert.Equal(["Area"], noArea.Errors!.Keys);
        Assert.Equal(["OrganisationId"], noPatronato.Errors!.Keys);
        Assert.Equal(["OrganisationId"], foreignPatronato.Errors!.Keys);

        var inca = await OrganisationIdAsync(admin, "INCA");
        var clerk = Request(Role.Patronato, Area.Medical, inca);
        var supervisor = Request(Role.Supervisor);
        var phoneOperator = Request(Role.PhoneOperator, Area.Legal, inca);
        foreach (var request in new[] { clerk, supervisor, phoneOperator })
        {
            Assert.Equal(AdminOutcomeKind.Done, (await create.CreateAsync(admin, request, CancellationToken.None)).Kind);
        }

        var users = (await ListAsync(admin)).Users.ToDictionary(u => u.UserName);
        Assert.Equal((null, inca, "Patronato INCA CGIL"), (users[clerk.UserName!].Area, users[clerk.UserName!].OrganisationId, users[clerk.UserName!].Organisation));
        Assert.Equal((null, null), (users[supervisor.UserName!].Area, users[supervisor.UserName!].OrganisationId));
        Assert.Equal((null, null), (users[phoneOperator.UserName!].Area, users[phoneOperator.UserName!].OrganisationId));
    }

    [Fact]
    public async Task AWeakPasswordAndATakenNameAreExplainedInItalian()
    {
        var outcome = await app.Service<CreateUser>().CreateAsync(await app.ActorAsync("admin"), new NewUser
        {
            UserName = "linea1",
            DisplayName = "Doppione",
            Role = Role.PhoneOperator,
            Password = "corta",
        }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Invalid, outcome.Kind);
        Assert.Contains("La password deve avere almeno 10 caratteri.", outcome.Errors!["Password"]);
        Assert.Contains("La password deve contenere almeno una cifra (0-9).", outcome.Errors["Password"]);

        var taken = await app.Service<CreateUser>().CreateAsync(await app.ActorAsync("admin"), new NewUser
        {
            UserName = "linea1",
            DisplayName = "Doppione",
            Role = Role.PhoneOperator,
            Password = OfficeAdmins.Password,
        }, CancellationToken.None);

        Assert.Equal(["Il nome utente 'linea1' è già in uso."], taken.Errors!["UserName"]);
    }

    [Fact]
    public async Task ADisabledUserGetsNoTokenUntilEnabledAgain()
    {
        var admin = await app.ActorAsync("admin");
        var user = await app.AddUserAsync(NewUserName(), Role.PhoneOperator, admin.OfficeId);
        var disable = app.Service<DisableUser>();

        Assert.Equal(AdminOutcomeKind.Done, (await disable.SetDisabledAsync(admin, user.Id, true, CancellationToken.None)).Kind);

        Assert.Equal(HttpStatusCode.Unauthorized, await TokenStatusAsync(user.UserName!, OfficeAdmins.Password));
        Assert.True(Assert.Single((await ListAsync(admin)).Users, u => u.Id == user.Id).Disabled);

        Assert.Equal(AdminOutcomeKind.Done, (await disable.SetDisabledAsync(admin, user.Id, false, CancellationToken.None)).Kind);

        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(user.UserName!, OfficeAdmins.Password));
    }

    [Fact]
    public async Task DisablingAUserEndsTheirSignedInPagesWithinAMinute()
    {
        var admin = await app.ActorAsync("admin");
        var user = await app.AddUserAsync(NewUserName(), Role.Counter, admin.OfficeId);
        using var browser = await SignInWithCookieAsync(user.UserName!, OfficeAdmins.Password);
        Assert.Equal(HttpStatusCode.OK, await PageStatusAsync(browser, "/coda"));

        await app.Service<DisableUser>().SetDisabledAsync(admin, user.Id, true, CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromSeconds(61));

        using var after = await browser.GetAsync("/coda");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/accedi", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewRoleTakesEffectOnTheNextTokenAndDropsTheArea()
    {
        var admin = await app.ActorAsync("admin");
        var userName = NewUserName();
        await app.Service<CreateUser>().CreateAsync(admin, new NewUser
        {
            UserName = userName,
            DisplayName = "Da spostare",
            Role = Role.BackOffice,
            Area = Area.Medical,
            Password = OfficeAdmins.Password,
        }, CancellationToken.None);
        var id = Assert.Single((await ListAsync(admin)).Users, u => u.UserName == userName).Id;
        using (var before = await app.SignInAsync(userName, OfficeAdmins.Password))
        {
            Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/events?after=0&limit=1")).StatusCode);
        }

        var inca = await OrganisationIdAsync(admin, "INCA");
        var outcome = await app.Service<ChangeUserRole>().ChangeAsync(
            admin, id, new UserRoleChange { Role = Role.Patronato, Area = Area.Medical, OrganisationId = inca }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Done, outcome.Kind);
        var row = Assert.Single((await ListAsync(admin)).Users, u => u.Id == id);
        Assert.Equal((Role.Patronato, (Area?)null, (int?)inca), (row.Role, row.Area, row.OrganisationId));
        using var after = await app.SignInAsync(userName, OfficeAdmins.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await after.GetAsync("/api/v1/events?after=0&limit=1")).StatusCode);
        Assert.Equal("patronato", (await after.RecordAsync()).Channel);
    }

    [Fact]
    public async Task AResetPasswordReplacesTheOldOneAndLiftsALockout()
    {
        var admin = await app.ActorAsync("admin");
        var user = await app.AddUserAsync(NewUserName(), Role.PhoneOperator, admin.OfficeId);
        for (var i = 0; i < 5; i++)
        {
            await TokenStatusAsync(user.UserName!, "Sbagliata!2026");
        }

        Assert.True(Assert.Single((await ListAsync(admin)).Users, u => u.Id == user.Id).LockedOut);
        var reset = app.Service<ResetPassword>();

        var weak = await reset.ResetAsync(admin, user.Id, "provvisoria", CancellationToken.None);
        Assert.Equal(["TemporaryPassword"], weak.Errors!.Keys);

        Assert.Equal(AdminOutcomeKind.Done, (await reset.ResetAsync(admin, user.Id, "Provvisoria!2026", CancellationToken.None)).Kind);

        Assert.False(Assert.Single((await ListAsync(admin)).Users, u => u.Id == user.Id).LockedOut);
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenStatusAsync(user.UserName!, OfficeAdmins.Password));
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(user.UserName!, "Provvisoria!2026"));
    }

    [Fact]
    public async Task AnAdministratorCannotDisableNorDemoteThemselves()
    {
        var admin = await app.NewOfficeWithAdminAsync();

        var disabled = await app.Service<DisableUser>().SetDisabledAsync(admin, admin.UserId, true, CancellationToken.None);
        var demoted = await app.Service<ChangeUserRole>().ChangeAsync(
            admin, admin.UserId, new UserRoleChange { Role = Role.Supervisor }, CancellationToken.None);

        Assert.Equal(AdminOutcomeKind.Refused, disabled.Kind);
        Assert.Equal(AdminOutcomeKind.Refused, demoted.Kind);
        Assert.False(string.IsNullOrWhiteSpace(disabled.Message));
        var row = Assert.Single((await ListAsync(admin)).Users);
        Assert.Equal((Role.Admin, false), (row.Role, row.Disabled));
    }

    [Fact]
    public async Task TheLastActiveAdministratorOfAnOfficeStays()
    {
        var first = await app.NewOfficeWithAdminAsync();
        var second = await app.ActorAsync((await app.AddUserAsync(NewUserName(), Role.Admin, first.OfficeId)).UserName!);
        var disable = app.Service<DisableUser>();
        var changeRole = app.Service<ChangeUserRole>();
        Assert.Equal(AdminOutcomeKind.Done, (await disable.SetDisabledAsync(first, second.UserId, true, CancellationToken.None)).Kind);

        // The second one's page is still open: the rule, not their own lost session, must stop them.
        var disableFirst = await disable.SetDisabledAsync(second, first.UserId, true, CancellationToken.None);
        var demoteFirst = await changeRole.ChangeAsync(second, first.UserId, new UserRoleChange { Role = Role.Auditor }, CancellationToken.None);

        Assert.Equal((AdminOutcomeKind.Refused, AdminOutcomeKind.Refused), (disableFirst.Kind, demoteFirst.Kind));
        Assert.Contains((await ListAsync(first)).Users, u => u.Id == first.UserId && u.Role == Role.Admin && !u.Disabled);

        Assert.Equal(AdminOutcomeKind.Done, (await disable.SetDisabledAsync(first, second.UserId, false, CancellationToken.None)).Kind);
        Assert.Equal(AdminOutcomeKind.Done, (await changeRole.ChangeAsync(second, first.UserId, new UserRoleChange { Role = Role.Auditor }, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task LatinasAdministratorNeitherSeesNorChangesAnotherOfficesUsers()
    {
        var latina = await app.ActorAsync("admin");
        var other = await app.NewOfficeWithAdminAsync();
        var stranger = await app.AddUserAsync(NewUserName(), Role.PhoneOperator, other.OfficeId);

        var seen = (await ListAsync(latina)).Users;
        var role = await app.Service<ChangeUserRole>().ChangeAsync(latina, stranger.Id, new UserRoleChange { Role = Role.Admin }, CancellationToken.None);
        var disable = await app.Service<DisableUser>().SetDisabledAsync(latina, stranger.Id, true, CancellationToken.None);
        var reset = await app.Service<ResetPassword>().ResetAsync(latina, stranger.Id, "Rubata!2026-x", CancellationToken.None);

        Assert.DoesNotContain(seen, u => u.Id == stranger.Id || u.Id == other.UserId);
        Assert.Contains(seen, u => u.UserName == "linea1");
        Assert.Equal([AdminOutcomeKind.NotFound, AdminOutcomeKind.NotFound, AdminOutcomeKind.NotFound], [role.Kind, disable.Kind, reset.Kind]);
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(stranger.UserName!, OfficeAdmins.Password));
        var after = Assert.Single((await ListAsync(other)).Users, u => u.Id == stranger.Id);
        Assert.Equal((Role.PhoneOperator, false), (after.Role, after.Disabled));
        Assert.DoesNotContain((await ListAsync(other)).Users, u => u.UserName == "linea1");
    }

    private static string NewUserName() => $"utente{Interlocked.Increment(ref _users)}.{Guid.NewGuid():N}"[..20];

    private Task<OfficeStaff> ListAsync(Actor admin) => app.Service<ListUsers>().ListAsync(admin, CancellationToken.None);

    private async Task<HttpStatusCode> TokenStatusAsync(string userName, string password)
    {
        using var anonymous = app.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        return response.StatusCode;
    }

    private async Task<int> OrganisationIdAsync(Actor admin, string code)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Organisations.Where(o => o.OfficeId == admin.OfficeId && o.Code == code).Select(o => o.Id).SingleAsync();
    }

    private async Task<int> AddOrganisationAsync(int officeId)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var organisation = new Offices.Organisation { OfficeId = officeId, Code = "INCA", Name = "Patronato INCA di un altro ufficio" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    /// <summary>A browser-like client signed in through the page /accedi, holding the sign-in cookie.</summary>
    private async Task<HttpClient> SignInWithCookieAsync(string userName, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/accedi");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/accedi", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accedi",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpStatusCode> PageStatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed class UserAdministrationTestsOnSqlite(SqliteFactory app) : UserAdministrationTests<SqliteFactory>(app);

public sealed class UserAdministrationTestsOnPostgres(PostgresFactory app) : UserAdministrationTests<PostgresFactory>(app);
