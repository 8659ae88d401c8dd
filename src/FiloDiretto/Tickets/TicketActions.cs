using FiloDiretto.Accounts;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;

namespace FiloDiretto.Tickets;

public sealed record TextRequest(string? Text);
public sealed record CallRequest(string? Note);
public sealed record ContactRequest(string? Channel, string? Outcome, string? Note);
public sealed record AwaitCitizenRequest(string? Request);
public sealed record ResolveRequest(string? Feedback);
public sealed record ForwardRequest(string? To, string? Reason);
public sealed record ReopenRequest(string? Reason);

/// <summary>The back office's work on a ticket: each action checks its input, then lets the ticket decide.</summary>
public sealed class TicketActions(TicketTransactions transactions)
{
    public Task<ChangeOutcome> TakeAsync(Actor actor, long id, CancellationToken ct) =>
        transactions.ChangeAsync(actor, id, (t, now) => t.TakeInCharge(actor, now), ct);

    public Task<ChangeOutcome> ReleaseAsync(Actor actor, long id, CancellationToken ct) =>
        transactions.ChangeAsync(actor, id, (t, now) => t.Release(actor, now), ct);

    public Task<ChangeOutcome> CloseAsync(Actor actor, long id, CancellationToken ct) =>
        transactions.ChangeAsync(actor, id, (t, now) => t.Close(actor, now), ct);

    public Task<ChangeOutcome> AddNoteAsync(Actor actor, long id, TextRequest request, CancellationToken ct) =>
        WithText(actor, id, "text", request.Text, (t, text, now) => t.AddNote(actor, text, now), ct);

    public Task<ChangeOutcome> AwaitCitizenAsync(Actor actor, long id, AwaitCitizenRequest request, CancellationToken ct) =>
        WithText(actor, id, "request", request.Request, (t, text, now) => t.AwaitCitizen(actor, text, now), ct);

    public Task<ChangeOutcome> ResolveAsync(Actor actor, long id, ResolveRequest request, CancellationToken ct) =>
        WithText(actor, id, "feedback", request.Feedback, (t, text, now) => t.Resolve(actor, text, now), ct);

    public Task<ChangeOutcome> ReopenAsync(Actor actor, long id, ReopenRequest request, CancellationToken ct) =>
        WithText(actor, id, "reason", request.Reason, (t, text, now) => t.Reopen(actor, text, now), ct);

    /// <summary>The citizen calls again about an answered problem: reopened and the call counted, in one change.</summary>
    public Task<ChangeOutcome> ReopenOnCallAsync(Actor actor, long id, ReopenRequest request, CancellationToken ct) =>
        WithText(actor, id, "reason", request.Reason, (t, text, now) => t.Reopen(actor, text, now) ?? t.AppendCall(actor, null, now), ct);

    public Task<ChangeOutcome> AppendCallAsync(Actor actor, long id, CallRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var note = validation.Text("note", request.Note, Ticket.MaxTextLength, required: false);
        return validation.IsValid
            ? transactions.ChangeAsync(actor, id, (t, now) => t.AppendCall(actor, note, now), ct)
            : Task.FromResult(ChangeOutcome.Invalid(validation));
    }

    public Task<ChangeOutcome> LogContactAsync(Actor actor, long id, ContactRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var channel = validation.Choice("channel", request.Channel, ContactChannel.Phone);
        if (string.IsNullOrWhiteSpace(request.Outcome))
        {
            validation.Add("outcome", Messages.Format("Validation.RequiredOneOf", Wire.Choices<ContactOutcome>()));
        }

        var outcome = validation.Choice("outcome", request.Outcome, ContactOutcome.Reached);
        var note = validation.Text("note", request.Note, Ticket.MaxTextLength, required: false);
        return validation.IsValid
            ? transactions.ChangeAsync(actor, id, (t, now) => t.LogContact(actor, channel, outcome, note, now), ct)
            : Task.FromResult(ChangeOutcome.Invalid(validation));
    }

    public Task<ChangeOutcome> ForwardAsync(Actor actor, long id, ForwardRequest request, CancellationToken ct)
    {
        var validation = new Validation();
        var to = validation.Text("to", request.To, 200);
        var reason = validation.Text("reason", request.Reason, Ticket.MaxTextLength);
        return validation.IsValid
            ? transactions.ChangeAsync(actor, id, (t, now) => t.Forward(actor, to!, reason!, now), ct)
            : Task.FromResult(ChangeOutcome.Invalid(validation));
    }

    private Task<ChangeOutcome> WithText(
        Actor actor, long id, string field, string? value, Func<Ticket, string, DateTime, Refusal?> change, CancellationToken ct)
    {
        var validation = new Validation();
        var text = validation.Text(field, value, Ticket.MaxTextLength);
        return validation.IsValid
            ? transactions.ChangeAsync(actor, id, (t, now) => change(t, text!, now), ct)
            : Task.FromResult(ChangeOutcome.Invalid(validation));
    }
}
