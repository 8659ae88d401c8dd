using System.Security.Claims;
using FiloDiretto.Accounts;
using FiloDiretto.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FiloDiretto.Privacy;

public static class PrivacyApi
{
    public static void MapPrivacyApi(this IEndpointRouteBuilder api)
    {
        // POST, not GET: the fiscal code travels in the body, never in a URL that proxies and servers log.
        var privacy = api.MapGroup("/privacy").WithTags("Privacy").RequireAuthorization(Policies.DataSubjectRights);
        privacy.MapPost("/export", ExportAsync);
        privacy.MapPost("/erase", EraseAsync);

        var hold = api.MapGroup("/tickets/{id:long}/legal-hold").WithTags("Tickets").RequireAuthorization(Policies.ManageLegalHold);
        hold.MapPost("/", (long id, LegalHoldRequest body, ClaimsPrincipal user, ManageLegalHold holds, CancellationToken ct) =>
            Hold(holds.PlaceAsync(Actor.From(user), id, body, ct)));
        hold.MapDelete("/", (long id, ClaimsPrincipal user, ManageLegalHold holds, CancellationToken ct) =>
            Hold(holds.LiftAsync(Actor.From(user), id, ct)));
    }

    private static async Task<Results<Ok<CitizenExport>, ValidationProblem>> ExportAsync(
        CitizenRightsRequest body, ClaimsPrincipal user, ExportCitizenData export, CancellationToken ct)
    {
        var (result, validation) = await export.ExportAsync(Actor.From(user), body, ct);
        return result is null ? Problems.Invalid(validation.Errors) : TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<Erasure>, ValidationProblem>> EraseAsync(
        CitizenRightsRequest body, ClaimsPrincipal user, EraseCitizenData erase, CancellationToken ct)
    {
        var (result, validation) = await erase.EraseAsync(Actor.From(user), body, ct);
        return result is null ? Problems.Invalid(validation.Errors) : TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<LegalHoldView>, ValidationProblem, ProblemHttpResult>> Hold(Task<LegalHoldOutcome> change) =>
        await change switch
        {
            { Hold: { } hold } => TypedResults.Ok(hold),
            { Errors: { } errors } => Problems.Invalid(errors),
            { Refusal: { } refusal } => Problems.Refused(refusal),
            _ => Problems.NotFound("Segnalazione inesistente."),
        };
}
