using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Callbacks;

/// <summary>
/// One pass of the alerts: each callback whose window has opened is alerted as due, each whose window has passed without
/// the citizen reached as overdue. Every node runs passes; a conditional update claims each alert, so it is raised once.
/// </summary>
public sealed class RaiseCallbackAlerts(IDbContextFactory<AppDbContext> contexts, WriteGate gate, CallbackAlerts alerts, TimeProvider clock)
{
    /// <summary>The alerts this pass raised (none that another pass raised first).</summary>
    public async Task<IReadOnlyList<CallbackAlert>> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var candidates = await db.Callbacks.AsNoTracking()
            .Where(c => c.State == CallbackState.Open
                        && ((c.WindowStart <= now && c.WindowEnd > now && c.DueAlertedAt == null) || (c.WindowEnd <= now && c.OverdueAlertedAt == null)))
            .Select(c => new { c.Id, c.OfficeId, c.HolderId, c.Ticket!.Code, c.WindowEnd })
            .ToListAsync(ct);

        var raised = new List<CallbackAlert>();
        foreach (var c in candidates)
        {
            var timing = c.WindowEnd <= now ? CallbackTiming.Overdue : CallbackTiming.Due;
            if (await ClaimAsync(db, c.Id, timing, now, ct))
            {
                raised.Add(new CallbackAlert(c.Id, c.OfficeId, c.HolderId, c.Code, timing, now));
            }
        }

        alerts.Publish(raised);
        return raised;
    }

    private async Task<bool> ClaimAsync(AppDbContext db, long id, CallbackTiming timing, DateTime now, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        var open = db.Callbacks.Where(c => c.Id == id && c.State == CallbackState.Open);
        var claimed = timing == CallbackTiming.Overdue
            ? await open.Where(c => c.WindowEnd <= now && c.OverdueAlertedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OverdueAlertedAt, now), ct)
            : await open.Where(c => c.WindowStart <= now && c.WindowEnd > now && c.DueAlertedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.DueAlertedAt, now), ct);
        return claimed == 1;
    }
}
