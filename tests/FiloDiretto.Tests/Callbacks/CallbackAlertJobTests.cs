using System.Net;
using FiloDiretto.Callbacks;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Callbacks;

/// <summary>The alert job as shipped: on the app's clock, it raises the alert of a window that opens, and tells the screens.</summary>
public sealed class CallbackAlertJobTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task TheJobAlertsAWindowThatOpensWhenTheClockReachesIt()
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await app.TakenTicketAsync(specialist);
        var callback = await (await specialist.PromiseAsync(ticket, CallbackApi.Promise(day, "09:00", "10:00"))).ReadAsync(HttpStatusCode.Created);
        var alerted = new TaskCompletionSource<CallbackAlert>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var screen = app.Service<CallbackAlerts>().Subscribe(raised =>
        {
            if (raised.FirstOrDefault(a => a.CallbackId == callback.Id) is { } alert)
            {
                alerted.TrySetResult(alert);
            }

            return Task.CompletedTask;
        });

        app.MoveTo(day, 9, 1);

        var alert = await alerted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal((CallbackTiming.Due, callback.TicketCode), (alert.Timing, alert.TicketCode));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, alert.At);
    }
}
