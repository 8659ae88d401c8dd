using System.Security.Claims;
using FiloDiretto.Accounts;
using FiloDiretto.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FiloDiretto.Messaging;

public static class MessagingApi
{
    public static void MapMessagingApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/tickets/{id:long}/messages/{messageId:long}/retry", RetryAsync)
            .WithTags("Messages")
            .RequireAuthorization(Policies.Supervise);

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(
        long id, long messageId, ClaimsPrincipal user, RetryMessage retry, CancellationToken ct) =>
        await retry.RetryAsync(Actor.From(user), id, messageId, ct) switch
        {
            RetryOutcome.Queued => TypedResults.NoContent(),
            RetryOutcome.NotFailed => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Operazione non consentita",
                detail: "Si può inviare di nuovo solo un messaggio non inviato."),
            _ => Problems.NotFound("Messaggio inesistente."),
        };
}
