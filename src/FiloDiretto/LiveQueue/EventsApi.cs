using System.Security.Claims;
using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.LiveQueue;

public sealed record EventPage(IReadOnlyList<EventItem> Items, long Last);

public static class EventsApi
{
    /// <summary>The catch-up feed: a screen that missed pushes re-reads from the last sequence it saw.</summary>
    public static void MapEventsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/events", ReadAsync).WithTags("Live queue").RequireAuthorization(Policies.LiveQueue);

    private static async Task<Results<Ok<EventPage>, ValidationProblem>> ReadAsync(
        ClaimsPrincipal user, IDbContextFactory<AppDbContext> contexts, CancellationToken ct, long after = 0, int limit = 500)
    {
        if (after < 0 || limit is < 1 or > EventReader.MaxPage)
        {
            var validation = new Validation();
            if (after < 0)
            {
                validation.Add("after", "Deve essere 0 o maggiore.");
            }

            if (limit is < 1 or > EventReader.MaxPage)
            {
                validation.Add("limit", Messages.Format("Validation.Range", EventReader.MaxPage));
            }

            return Problems.Invalid(validation.Errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var items = await db.ReadAfterAsync(Actor.From(user).OfficeId, after, limit, ct);
        return TypedResults.Ok(new EventPage(items, items.Count > 0 ? items[^1].Seq : after));
    }
}
