using FiloDiretto.Accounts;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tickets;

namespace FiloDiretto.Callbacks;

public sealed record CancelCallbackRequest(string? Reason);

/// <summary>The promise is withdrawn, with the reason: by the specialist working the ticket or a supervisor.</summary>
public sealed class CancelCallback(CallbackChanges changes)
{
    public Task<CallbackOutcome> CancelAsync(Actor actor, long ticketId, CancelCallbackRequest request, CancellationToken ct) =>
        changes.ChangeAsync(actor, ticketId, scene =>
        {
            if (scene.Open is not { } open)
            {
                return new CallbackStep(null, new(Messages.Get("Callback.NoneOpen")));
            }

            var validation = new Validation();
            var reason = validation.Text("reason", request.Reason, Ticket.MaxTextLength);
            return reason is null || !validation.IsValid
                ? new CallbackStep(null, Invalid: validation)
                : CallbackStep.From(open, open.Cancel(scene.Ticket, actor, reason, scene.Now));
        }, ct);
}
