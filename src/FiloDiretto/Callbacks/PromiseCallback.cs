using FiloDiretto.Accounts;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;

namespace FiloDiretto.Callbacks;

/// <summary>The specialist working a ticket promises the citizen a call in an agreed window; one open promise per ticket.</summary>
public sealed class PromiseCallback(CallbackChanges changes)
{
    public Task<CallbackOutcome> PromiseAsync(Actor actor, long ticketId, PromiseRequest request, CancellationToken ct) =>
        changes.ChangeAsync(actor, ticketId, scene =>
        {
            if (Callback.RequireHolder(scene.Ticket, actor) is { } refusal)
            {
                return new CallbackStep(null, refusal);
            }

            if (scene.Open is not null)
            {
                return new CallbackStep(null, new(Messages.Get("Callback.AlreadyOpen")));
            }

            var validation = new Validation();
            var terms = CallbackTerms.Read(request, validation, scene.Ticket.Phone, scene.Calendar.TimeZone, scene.Now);
            return terms is null
                ? new CallbackStep(null, Invalid: validation)
                : new CallbackStep(Callback.Promise(scene.Ticket, actor, terms, scene.LastCall, scene.Now));
        }, ct);
}
