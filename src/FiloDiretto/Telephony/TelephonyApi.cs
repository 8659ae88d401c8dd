using FiloDiretto.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FiloDiretto.Telephony;

public static class TelephonyApi
{
    public const string EventsPath = "/telephony/events";

    public static void MapTelephonyApi(this IEndpointRouteBuilder api) =>
        // The telephone system is a machine with its office's secret, not a user: a user's bearer token is no key here.
        api.MapPost(EventsPath, RecordAsync).WithTags("Telephony").AllowAnonymous();

    private static async Task<Results<Ok<CallSummary>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        [FromHeader(Name = CtiKeys.Header)] string? key,
        CtiEvent body,
        CtiKeys keys,
        RecordCtiEvent record,
        CancellationToken ct)
    {
        if (keys.OfficeOf(key) is not { } office)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Chiave CTI mancante o errata",
                detail: $"Il centralino deve inviare la chiave del proprio ufficio nell'intestazione {CtiKeys.Header}.");
        }

        var outcome = await record.RecordAsync(office, body, ct);
        return outcome.Call is { } call ? TypedResults.Ok(call) : Problems.Invalid(outcome.Errors!);
    }
}
