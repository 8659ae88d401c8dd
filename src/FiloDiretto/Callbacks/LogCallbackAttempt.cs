using FiloDiretto.Accounts;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tickets;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Callbacks;

public sealed record AttemptRequest(string? Outcome, string? Note);

/// <summary>One call made for the ticket's open promise: reached completes it, a failure schedules the next or escalates.</summary>
public sealed class LogCallbackAttempt(CallbackChanges changes, IOptionsMonitor<CallbackOptions> options)
{
    public static readonly ContactOutcome[] Outcomes =
        [ContactOutcome.Reached, ContactOutcome.NoAnswer, ContactOutcome.Busy, ContactOutcome.Voicemail, ContactOutcome.WrongNumber];

    public Task<CallbackOutcome> LogAsync(Actor actor, long ticketId, AttemptRequest request, CancellationToken ct) =>
        changes.ChangeAsync(actor, ticketId, scene =>
        {
            if (scene.Open is not { } open)
            {
                return new CallbackStep(null, new(Messages.Get("Callback.NoneOpen")));
            }

            var validation = new Validation();
            var outcome = ReadOutcome(validation, request.Outcome);
            var note = validation.Text("note", request.Note, Ticket.MaxTextLength, required: false);
            if (!validation.IsValid)
            {
                return new CallbackStep(null, Invalid: validation);
            }

            var settings = options.CurrentValue;
            var rule = new RetryRule(settings.MaxFailedAttempts, settings.RetryInterval, scene.Calendar);
            return CallbackStep.From(open, open.LogAttempt(scene.Ticket, actor, outcome, note, rule, scene.Now));
        }, ct);

    private static ContactOutcome ReadOutcome(Validation validation, string? text)
    {
        var choices = string.Join(", ", Outcomes.Select(o => Wire.Name(o)));
        if (Wire.TryParse<ContactOutcome>(text?.Trim(), out var outcome) && Outcomes.Contains(outcome))
        {
            return outcome;
        }

        validation.Add("outcome", string.IsNullOrWhiteSpace(text)
            ? Messages.Format("Validation.RequiredOneOf", choices)
            : Messages.Format("Validation.NotAllowed", text, choices));
        return ContactOutcome.NoAnswer;
    }
}
