using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Administration;

/// <summary>The administrators the administration tests act as: the demo's, and those of offices made for a test.</summary>
internal static class OfficeAdmins
{
    public const string Password = "Prova!2026-ammin";

    private static int _offices;

    /// <summary>A user as the use cases see the signed-in actor.</summary>
    public static async Task<Actor> ActorAsync(this AppFactory app, string userName)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(user.Id, user.DisplayName, user.Role, user.OfficeId, user.Area, user.OrganisationId);
    }

    /// <summary>A second office, with its default categories and lines, and an administrator for it.</summary>
    public static async Task<Actor> NewOfficeWithAdminAsync(this AppFactory app)
    {
        var n = Interlocked.Increment(ref _offices);
        var code = $"Z{(char)('A' + (n / 26 % 26))}{(char)('A' + (n % 26))}";
        await using (var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var office = await db.AddOfficeAsync(code, $"Ufficio di prova {code}", CancellationToken.None);
            await app.AddUserAsync($"admin.{code.ToLowerInvariant()}", Role.Admin, office.Id);
        }

        return await app.ActorAsync($"admin.{code.ToLowerInvariant()}");
    }

    /// <summary>A user created straight through Identity, not through the use case under test.</summary>
    public static async Task<AppUser> AddUserAsync(this AppFactory app, string userName, Role role, int officeId)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName, Role = role, OfficeId = officeId };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }
}
