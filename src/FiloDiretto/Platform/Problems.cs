using FiloDiretto.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FiloDiretto.Platform;

/// <summary>RFC 9457 problem responses for the outcomes a client must handle.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Non trovato", detail: what);

    public static ProblemHttpResult Refused(Refusal refusal) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Operazione non consentita",
            detail: refusal.Message,
            extensions: refusal.Holder is null ? null : new Dictionary<string, object?> { ["holder"] = refusal.Holder });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Dati non validi");

    /// <summary>Maps a ticket change to 200, 400, 404 or 409.</summary>
    public static Results<Ok<TicketView>, ValidationProblem, ProblemHttpResult> From(ChangeOutcome outcome) => outcome switch
    {
        { Ticket: { } ticket } => TypedResults.Ok(ticket),
        { Errors: { } errors } => Invalid(errors),
        { Refusal: { } refusal } => Refused(refusal),
        _ => NotFound("Segnalazione inesistente."),
    };
}
