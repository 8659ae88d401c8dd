using System.Security.Claims;
using FiloDiretto.Accounts;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Categories;

public sealed record CategoryView(string Code, string Label, string Area, int TargetWorkingDays, bool FailureDemand);

public static class CategoriesApi
{
    public static void MapCategoriesApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/categories", async (ClaimsPrincipal user, IDbContextFactory<AppDbContext> contexts, CancellationToken ct) =>
            {
                var officeId = Actor.From(user).OfficeId;
                await using var db = await contexts.CreateDbContextAsync(ct);
                var categories = await db.Categories.AsNoTracking()
                    .Where(c => c.OfficeId == officeId && c.Active)
                    .OrderBy(c => c.Code)
                    .ToListAsync(ct);
                return TypedResults.Ok(categories.ConvertAll(c =>
                    new CategoryView(c.Code, c.Label, c.Area.ToString(), c.TargetWorkingDays, c.FailureDemand)));
            })
            .WithTags("Categories")
            .RequireAuthorization(Policies.ReadCategories);
}
