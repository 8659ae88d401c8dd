using System.Security.Claims;
using FiloDiretto.Categories;

namespace FiloDiretto.Accounts;

/// <summary>The signed-in user on whose behalf a use case runs, read from the claims.</summary>
public sealed record Actor(string UserId, string Name, Role Role, int OfficeId, Area? Area, int? OrganisationId)
{
    public bool IsSupervisor => Role == Role.Supervisor;

    public static Actor From(ClaimsPrincipal user)
    {
        string Claim(string type) => user.FindFirstValue(type) ?? throw new InvalidOperationException($"Missing claim {type}.");
        var area = user.FindFirstValue(AppClaims.Area);
        var organisation = user.FindFirstValue(AppClaims.Organisation);
        return new Actor(
            Claim(ClaimTypes.NameIdentifier),
            Claim(AppClaims.DisplayName),
            Enum.Parse<Role>(Claim(ClaimTypes.Role)),
            int.Parse(Claim(AppClaims.Office), System.Globalization.CultureInfo.InvariantCulture),
            area is null ? null : Enum.Parse<Area>(area),
            organisation is null ? null : int.Parse(organisation, System.Globalization.CultureInfo.InvariantCulture));
    }
}

public static class AppClaims
{
    public const string Office = "fd:office";
    public const string Area = "fd:area";
    public const string Organisation = "fd:organisation";
    public const string DisplayName = "fd:name";

    /// <summary>Present when the user signs in with an authenticator app; refreshed with the security stamp.</summary>
    public const string TwoFactor = "fd:2fa";
}
