using FiloDiretto.Accounts;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tickets;

namespace FiloDiretto.Callbacks;

/// <summary>A new window, and perhaps a new number, for the ticket's open promise, with the reason.</summary>
public sealed class RescheduleCallback(CallbackChanges changes)
{
    public Task<CallbackOutcome> RescheduleAsync(Actor actor, long ticketId, RescheduleRequest request, CancellationToken ct) =>
        changes.ChangeAsync(actor, ticketId, scene =>
        {
            if (scene.Open is not { } open)
            {
                return new CallbackStep(null, new(Messages.Get("Callback.NoneOpen")));
            }

            var validation = new Validation();
            var reason = validation.Text("reason", request.Reason, Ticket.MaxTextLength);
            var terms = CallbackTerms.Read(request with { Purpose = request.Purpose ?? open.Purpose }, validation, open.Phone, scene.Calendar.TimeZone, scene.Now);
            if (open.State == CallbackState.NeedsNumber && terms?.Phone == open.Phone)
            {
                validation.Add("phone", Messages.Get("Callback.SameWrongNumber"));
                terms = null;
            }

            return terms is null
                ? new CallbackStep(null, Invalid: validation)
                : CallbackStep.From(open, open.Reschedule(scene.Ticket, actor, terms, reason!, scene.Now));
        }, ct);
}
