using FiloDiretto.Accounts;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>Who an endpoint admits: everyone (signed in or not), or the signed-in users of some roles.</summary>
public sealed record Access(IReadOnlySet<Role>? Roles)
{
    public static readonly Access Anonymous = new(Roles: null);

    public static readonly Access SignedIn = Allow(Enum.GetValues<Role>());

    public static Access Allow(params Role[] roles) => new(roles.ToHashSet());

    /// <summary>Whether a caller of <paramref name="role"/> (null: not signed in) gets through.</summary>
    public bool Admits(Role? role) => Roles is null || (role is { } r && Roles.Contains(r));
}
