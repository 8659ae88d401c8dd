using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Accounts;

/// <summary>Puts role, office, area and organisation into the sign-in, so no request re-reads the user.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(AppClaims.Office, user.OfficeId.ToString(CultureInfo.InvariantCulture)));
        if (user.Area is { } area)
        {
            identity.AddClaim(new Claim(AppClaims.Area, area.ToString()));
        }

        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(AppClaims.Organisation, organisation.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AppClaims.TwoFactor, "on"));
        }

        return identity;
    }
}
