using FiloDiretto.Categories;
using Microsoft.AspNetCore.Identity;

namespace FiloDiretto.Accounts;

public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public Role Role { get; set; }
    public int OfficeId { get; set; }

    /// <summary>The back-office group a specialist works in; null for other roles.</summary>
    public Area? Area { get; set; }

    /// <summary>The patronato a patronato clerk works for; null for office staff.</summary>
    public int? OrganisationId { get; set; }

    public bool Disabled { get; set; }
}
