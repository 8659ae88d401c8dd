using System.Globalization;
using System.Security.Claims;
using FiloDiretto.Accounts;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FiloDiretto.Callbacks;

public static class CallbacksApi
{
    public static void MapCallbacksApi(this IEndpointRouteBuilder api)
    {
        var ticket = api.MapGroup("/tickets/{id:long}/callbacks").WithTags("Callbacks").RequireAuthorization(Policies.WorkTickets);
        ticket.MapGet("/", ForTicketAsync);
        ticket.MapPost("/", async (long id, PromiseRequest body, ClaimsPrincipal user, PromiseCallback promise, CancellationToken ct) =>
            Answer(await promise.PromiseAsync(Actor.From(user), id, body, ct), createdFor: id));
        ticket.MapPost("/reschedule", async (long id, RescheduleRequest body, ClaimsPrincipal user, RescheduleCallback reschedule, CancellationToken ct) =>
            Answer(await reschedule.RescheduleAsync(Actor.From(user), id, body, ct)));
        ticket.MapPost("/cancel", async (long id, CancelCallbackRequest body, ClaimsPrincipal user, CancelCallback cancel, CancellationToken ct) =>
            Answer(await cancel.CancelAsync(Actor.From(user), id, body, ct)));
        ticket.MapPost("/attempts", async (long id, AttemptRequest body, ClaimsPrincipal user, LogCallbackAttempt log, CancellationToken ct) =>
            Answer(await log.LogAsync(Actor.From(user), id, body, ct)));

        var callbacks = api.MapGroup("/callbacks").WithTags("Callbacks");
        callbacks.MapGet("/", async (ClaimsPrincipal user, CallbackQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ToMakeAsync(Actor.From(user), ct))).RequireAuthorization(Policies.WorkTickets);
        callbacks.MapGet("/measures", MeasuresAsync).RequireAuthorization(Policies.Supervise);
    }

    private static async Task<Results<Ok<IReadOnlyList<CallbackView>>, ProblemHttpResult>> ForTicketAsync(
        long id, ClaimsPrincipal user, CallbackQueries queries, CancellationToken ct) =>
        await queries.ForTicketAsync(Actor.From(user), id, ct) is { } callbacks
            ? TypedResults.Ok(callbacks)
            : Problems.NotFound("Segnalazione inesistente.");

    /// <summary>The figures of the promises made from <paramref name="from"/> to <paramref name="to"/> (Italian calendar days, both included).</summary>
    private static async Task<Results<Ok<CallbackFigures>, ValidationProblem>> MeasuresAsync(
        string? from, string? to, ClaimsPrincipal user, CallbackMeasures measures, TimeProvider clock, CancellationToken ct)
    {
        var validation = new Validation();
        var today = DateOnly.FromDateTime(Formats.Local(clock.GetUtcNow().UtcDateTime));
        var first = Day(validation, "from", from) ?? today.AddDays(-29);
        var last = Day(validation, "to", to) ?? today;
        if (!validation.IsValid)
        {
            return Problems.Invalid(validation.Errors);
        }

        return TypedResults.Ok(await measures.ReadAsync(Actor.From(user).OfficeId, first, last, ct));
    }

    private static DateOnly? Day(Validation validation, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        validation.Add(field, Messages.Get("Callback.Date"));
        return null;
    }

    private static Results<Ok<CallbackView>, Created<CallbackView>, ValidationProblem, ProblemHttpResult> Answer(
        CallbackOutcome outcome, long? createdFor = null) => outcome switch
        {
            { Callback: { } callback } when createdFor is { } id => TypedResults.Created($"/api/v1/tickets/{id}/callbacks", callback),
            { Callback: { } callback } => TypedResults.Ok(callback),
            { Errors: { } errors } => Problems.Invalid(errors),
            { Refusal: { } refusal } => Problems.Refused(refusal),
            _ => Problems.NotFound("Segnalazione inesistente."),
        };
}
