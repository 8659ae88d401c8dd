using FiloDiretto.Accounts;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>Who an endpoint admits: everyone (signed in or not), the signed-in users of some roles, or only a machine holding its office's key.</summary>
public sealed record Access(IReadOnlySet<Role>? Roles, bool OfficeKeyOnly = false)
{
    public static readonly Access Anonymous = new(Roles: null);

    public static readonly Access SignedIn = Allow(Enum.GetValues<Role>());

    public static Access Allow(params Role[] roles) => new(roles.ToHashSet());

    /// <summary>The telephone system's webhook: no user gets through, signed in or not; every caller without the key is asked for it (401).</summary>
    public static readonly Access OfficeKey = new(new HashSet<Role>(), OfficeKeyOnly: true);

    /// <summary>Whether a caller of <paramref name="role"/> (null: not signed in) gets through.</summary>
    public bool Admits(Role? role) => Roles is null || (role is { } r && Roles.Contains(r));
}
