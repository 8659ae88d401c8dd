using System.Text.RegularExpressions;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Accounts;

public sealed class AdministratorRequest
{
    public string? OfficeCode { get; set; }
    public string? OfficeName { get; set; }
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
}

/// <summary>First run: creates the first office and its administrator, and nothing once anyone exists.</summary>
public sealed partial class CreateAdministrator(AppDbContext db, UserManager<AppUser> users, FirstRun firstRun, WriteGate gate)
{
    public async Task<Validation> CreateAsync(AdministratorRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var officeCode = validation.Text(nameof(request.OfficeCode), request.OfficeCode, 4)?.ToUpperInvariant();
        if (officeCode is not null && !OfficeCodePattern().IsMatch(officeCode))
        {
            validation.Add(nameof(request.OfficeCode), Messages.Get("Setup.OfficeCode"));
        }

        var officeName = validation.Text(nameof(request.OfficeName), request.OfficeName, 200);
        var userName = validation.Text(nameof(request.UserName), request.UserName, 50);
        var displayName = validation.Text(nameof(request.DisplayName), request.DisplayName, 100);
        validation.Text(nameof(request.Password), request.Password, 128);
        if (!validation.IsValid)
        {
            return validation;
        }

        using var turn = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Users.AnyAsync(ct))
        {
            validation.Add(nameof(request.UserName), Messages.Get("Setup.AlreadyDone"));
            return validation;
        }

        var office = await db.AddOfficeAsync(officeCode!, officeName!, ct);
        var admin = new AppUser { UserName = userName, DisplayName = displayName!, Role = Role.Admin, OfficeId = office.Id };
        var result = await users.CreateAsync(admin, request.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                validation.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(request.Password) : nameof(request.UserName), error.Description);
            }

            return validation;
        }

        await transaction.CommitAsync(ct);
        firstRun.MarkComplete();
        return validation;
    }

    [GeneratedRegex("^[A-Z]{2,4}$")]
    private static partial Regex OfficeCodePattern();
}
