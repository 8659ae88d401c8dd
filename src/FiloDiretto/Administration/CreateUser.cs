using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

public sealed class NewUser
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public Role? Role { get; set; }
    public Area? Area { get; set; }
    public int? OrganisationId { get; set; }
    public string? Password { get; set; }
}

/// <summary>An administrator adds a colleague to their own office, with a role and an initial password.</summary>
public sealed class CreateUser(IServiceScopeFactory scopes, WriteGate gate, IStringLocalizer<AdminOutcome> text)
{
    public async Task<AdminOutcome> CreateAsync(Actor actor, NewUser request, CancellationToken ct)
    {
        var validation = new Validation();
        var userName = validation.Text(nameof(request.UserName), request.UserName, 50);
        var displayName = validation.Text(nameof(request.DisplayName), request.DisplayName, 100);
        await using var change = await StaffChange.BeginAsync(scopes, gate, actor.OfficeId, ct);
        var assignment = await RoleAssignment.ValidateAsync(
            change.Db, actor.OfficeId, request.Role, request.Area, request.OrganisationId, validation, text, ct);
        var user = new AppUser { UserName = userName, DisplayName = displayName ?? "", OfficeId = actor.OfficeId };
        await change.CheckPasswordAsync(user, request.Password, nameof(request.Password), validation);
        if (!validation.IsValid)
        {
            return AdminOutcome.Invalid(validation);
        }

        assignment!.ApplyTo(user);
        var result = await change.Users.CreateAsync(user, request.Password!);
        if (!result.Succeeded)
        {
            return AdminOutcome.Invalid(result, nameof(request.Password), nameof(request.UserName));
        }

        await change.CommitAsync(ct);
        return AdminOutcome.Done;
    }
}
