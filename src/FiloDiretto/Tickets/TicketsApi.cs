using System.Security.Claims;
using FiloDiretto.Accounts;
using FiloDiretto.Audit;
using FiloDiretto.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FiloDiretto.Tickets;

public static class TicketsApi
{
    public static void MapTicketsApi(this IEndpointRouteBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets");

        tickets.MapPost("/", RecordAsync).RequireAuthorization(Policies.RecordTickets);
        tickets.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadTickets);
        tickets.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.ReadTickets);

        tickets.MapPost("/{id:long}/calls", (long id, CallRequest body, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.AppendCallAsync(Actor.From(user), id, body, ct))).RequireAuthorization(Policies.AppendCalls);
        tickets.MapPost("/{id:long}/notes", (long id, TextRequest body, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.AddNoteAsync(Actor.From(user), id, body, ct))).RequireAuthorization(Policies.WriteNotes);
        tickets.MapPost("/{id:long}/reopen", (long id, ReopenRequest body, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.ReopenAsync(Actor.From(user), id, body, ct))).RequireAuthorization(Policies.ReopenTickets);

        var work = tickets.MapGroup("/{id:long}").RequireAuthorization(Policies.WorkTickets);
        work.MapPost("/take", (long id, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.TakeAsync(Actor.From(user), id, ct)));
        work.MapPost("/release", (long id, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.ReleaseAsync(Actor.From(user), id, ct)));
        work.MapPost("/close", (long id, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.CloseAsync(Actor.From(user), id, ct)));
        work.MapPost("/contacts", (long id, ContactRequest body, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.LogContactAsync(Actor.From(user), id, body, ct)));
        work.MapPost("/await-citizen", (long id, AwaitCitizenRequest body, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.AwaitCitizenAsync(Actor.From(user), id, body, ct)));
        work.MapPost("/resolve", (long id, ResolveRequest body, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.ResolveAsync(Actor.From(user), id, body, ct)));
        work.MapPost("/forward", (long id, ForwardRequest body, ClaimsPrincipal user, TicketActions actions, CancellationToken ct) =>
            Run(actions.ForwardAsync(Actor.From(user), id, body, ct)));

        api.MapGet("/citizens/{fiscalCode}/tickets", CitizenTicketsAsync).WithTags("Citizens").RequireAuthorization(Policies.ReadTickets);
    }

    private static async Task<Results<Created<TicketView>, Ok<TicketView>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        RecordTicketRequest body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        RecordTicket recordTicket,
        CancellationToken ct)
    {
        var outcome = await recordTicket.RecordAsync(Actor.From(user), body, idempotencyKey, ct);
        return outcome.Kind switch
        {
            RecordOutcomeKind.Created => TypedResults.Created($"/api/v1/tickets/{outcome.Ticket!.Id}", outcome.Ticket),
            RecordOutcomeKind.Replayed => TypedResults.Ok(outcome.Ticket!),
            RecordOutcomeKind.Invalid => Problems.Invalid(outcome.Errors!),
            _ => TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Chiave di idempotenza già usata",
                detail: "Questa Idempotency-Key è già stata usata per una richiesta diversa."),
        };
    }

    private static async Task<Results<Ok<TicketPage>, ValidationProblem>> ListAsync(
        [AsParameters] TicketFilter filter, ClaimsPrincipal user, TicketQueries queries, AccessLog accessLog, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var (page, validation) = await queries.ListAsync(actor, filter, ct);
        if (page is null)
        {
            return Problems.Invalid(validation.Errors);
        }

        await accessLog.RecordAsync(actor, AccessAction.Read, page.Items, ct);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<TicketView>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, TicketQueries queries, AccessLog accessLog, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var details = await queries.GetAsync(actor, id, ct);
        if (details is null)
        {
            return Problems.NotFound("Segnalazione inesistente.");
        }

        await accessLog.RecordAsync(actor, AccessAction.Read, details, ct);
        return TypedResults.Ok(details);
    }

    private static async Task<Results<Ok<IReadOnlyList<TicketView>>, ValidationProblem>> CitizenTicketsAsync(
        string fiscalCode, ClaimsPrincipal user, TicketQueries queries, AccessLog accessLog, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var (tickets, validation) = await queries.ForCitizenAsync(actor, fiscalCode, ct);
        if (tickets is null)
        {
            return Problems.Invalid(validation.Errors);
        }

        await accessLog.RecordLookupAsync(actor, fiscalCode, tickets, ct);
        return TypedResults.Ok(tickets);
    }

    private static async Task<Results<Ok<TicketView>, ValidationProblem, ProblemHttpResult>> Run(Task<ChangeOutcome> change) =>
        Problems.From(await change);
}
