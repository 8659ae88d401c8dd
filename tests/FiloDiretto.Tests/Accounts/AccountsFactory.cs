using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Demo;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Accounts;

/// <summary>The demo office as a real office runs it: two-factor sign-in mandatory for the roles that need it.</summary>
public class AccountsFactory : SqliteFactory
{
    public const string Suite = "Accounts";

    private static int _users;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(AccountOptions.RequireTwoFactorKey, "true");
    }

    /// <summary>A user of the demo office for one test only, so lockouts and enrolments touch nobody else.</summary>
    public async Task<AppUser> NewUserAsync(Role role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var patronato = await db.Users.SingleAsync(u => u.UserName == "inca");
        var user = new AppUser
        {
            UserName = $"prova{Interlocked.Increment(ref _users)}",
            DisplayName = "Utente di prova",
            Role = role,
            OfficeId = patronato.OfficeId,
            OrganisationId = role == Role.Patronato ? patronato.OrganisationId : null,
        };
        var result = await users.CreateAsync(user, DemoMode.Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>The user as stored now.</summary>
    public async Task<AppUser> ReloadAsync(AppUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(user.Id))!;
    }

    /// <summary>Enrols the user as the enrolment page would; the authenticator key, for computing codes.</summary>
    public async Task<string> EnrolAsync(AppUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        await users.ResetAuthenticatorKeyAsync(stored);
        await users.SetTwoFactorEnabledAsync(stored, true);
        return (await users.GetAuthenticatorKeyAsync(stored))!;
    }

    public async Task<IReadOnlyList<string>> RecoveryCodesAsync(AppUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id))!, 3))!];
    }
}

[CollectionDefinition(AccountsFactory.Suite)]
public sealed class AccountsSuite : ICollectionFixture<AccountsFactory>;
