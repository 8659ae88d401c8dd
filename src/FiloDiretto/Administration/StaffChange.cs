using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FiloDiretto.Administration;

/// <summary>
/// One change of an office's staff: Identity in a scope of its own (a circuit's scope would keep one context for
/// hours), one transaction, and the office's staff counter row locked, so that two administrators acting at once
/// cannot each remove the other and leave the office without one.
/// </summary>
internal sealed class StaffChange : IAsyncDisposable
{
    private const int MaxPasswordLength = 128;

    private readonly AsyncServiceScope _scope;
    private readonly IDisposable? _turn;
    private IDbContextTransaction? _transaction;

    private StaffChange(AsyncServiceScope scope, IDisposable? turn)
    {
        _scope = scope;
        _turn = turn;
        Db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
    }

    public AppDbContext Db { get; }

    public UserManager<AppUser> Users { get; }

    public static async Task<StaffChange> BeginAsync(IServiceScopeFactory scopes, WriteGate gate, int officeId, CancellationToken ct)
    {
        var change = new StaffChange(scopes.CreateAsyncScope(), await gate.EnterAsync(ct));
        try
        {
            change._transaction = await change.Db.Database.BeginTransactionAsync(ct);
            await change.Db.TakeAsync($"staff:{officeId}", 1, ct);
            return change;
        }
        catch
        {
            await change.DisposeAsync();
            throw;
        }
    }

    /// <summary>The user, if it belongs to the office; another office's user is as good as absent.</summary>
    public async Task<AppUser?> FindAsync(int officeId, string userId)
    {
        var user = await Users.FindByIdAsync(userId);
        return user?.OfficeId == officeId ? user : null;
    }

    /// <summary>Whether no other enabled administrator of the office would be left without this one.</summary>
    public async Task<bool> IsLastActiveAdminAsync(AppUser user, CancellationToken ct) =>
        user is { Role: Role.Admin, Disabled: false }
        && !await Db.Users.AnyAsync(u => u.OfficeId == user.OfficeId && u.Role == Role.Admin && !u.Disabled && u.Id != user.Id, ct);

    /// <summary>Identity's password policy (ItalianIdentityErrors' messages), checked with the other fields so every error shows at once.</summary>
    public async Task CheckPasswordAsync(AppUser user, string? password, string field, Validation validation)
    {
        if (validation.Text(field, password, MaxPasswordLength) is null)
        {
            return;
        }

        foreach (var validator in Users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(Users, user, password);
            foreach (var error in result.Errors)
            {
                validation.Add(field, error.Description);
            }
        }
    }

    public Task CommitAsync(CancellationToken ct) => _transaction!.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await _scope.DisposeAsync();
        _turn?.Dispose();
    }
}
