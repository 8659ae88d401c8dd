using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Administration;

public sealed record UserRow(
    string Id, string UserName, string DisplayName, Role Role, Area? Area, int? OrganisationId, string? Organisation, bool Disabled, bool LockedOut);

public sealed record OrganisationChoice(int Id, string Name);

public sealed record OfficeStaff(IReadOnlyList<UserRow> Users, IReadOnlyList<OrganisationChoice> Organisations);

/// <summary>The users of the administrator's office, and the patronati a patronato clerk may work for.</summary>
public sealed class ListUsers(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    public async Task<OfficeStaff> ListAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.OfficeId == actor.OfficeId)
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationChoice(o.Id, o.Name))
            .ToListAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OfficeId == actor.OfficeId)
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Role, u.Area, u.OrganisationId, u.Disabled, u.LockoutEnd })
            .ToListAsync(ct);
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        var now = clock.GetUtcNow();
        return new OfficeStaff(
            users.ConvertAll(u => new UserRow(
                u.Id, u.UserName!, u.DisplayName, u.Role, u.Area, u.OrganisationId,
                u.OrganisationId is { } id ? names.GetValueOrDefault(id) : null, u.Disabled, u.LockoutEnd > now)),
            organisations);
    }
}
