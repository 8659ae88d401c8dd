using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>An office beside the demo's, with its own staff and a patronato whose code is the same as one of Latina's.</summary>
public sealed record SecondOffice(int Id, string Code, string Phone, string BackOffice, string Supervisor, string Patronato)
{
    public const string Password = "Prova!2026-isolamento";

    private static int _count;

    public static async Task<SecondOffice> CreateAsync(AppFactory app)
    {
        var n = Interlocked.Increment(ref _count);
        var code = $"Q{(char)('A' + (n / 26 % 26))}{(char)('A' + (n % 26))}";
        var prefix = code.ToLowerInvariant();
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var office = await db.AddOfficeAsync(code, $"Ufficio di prova {code}", CancellationToken.None);
        var organisation = new Organisation { OfficeId = office.Id, Code = "INCA", Name = $"Patronato INCA di {code}" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        var second = new SecondOffice(office.Id, code, $"{prefix}.linea", $"{prefix}.bo", $"{prefix}.responsabile", $"{prefix}.inca");
        await AddUserAsync(app, second.Phone, Role.PhoneOperator, office.Id);
        await AddUserAsync(app, second.BackOffice, Role.BackOffice, office.Id, area: Area.Payments);
        await AddUserAsync(app, second.Supervisor, Role.Supervisor, office.Id);
        await AddUserAsync(app, second.Patronato, Role.Patronato, office.Id, organisation: organisation.Id);
        return second;
    }

    public IEnumerable<string> Staff => [Phone, BackOffice, Supervisor, Patronato];

    /// <summary>A user created straight through Identity, as an administrator of that office would.</summary>
    public static async Task AddUserAsync(AppFactory app, string userName, Role role, int officeId, Area? area = null, int? organisation = null)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName, Role = role, OfficeId = officeId, Area = area, OrganisationId = organisation };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
