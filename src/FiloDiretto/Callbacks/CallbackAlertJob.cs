using Microsoft.Extensions.Options;

namespace FiloDiretto.Callbacks;

/// <summary>Runs the alert pass every <see cref="CallbackOptions.AlertIntervalSeconds"/> on the app's clock.</summary>
public sealed partial class CallbackAlertJob(RaiseCallbackAlerts pass, IOptions<CallbackOptions> options, TimeProvider clock, ILogger<CallbackAlertJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.AlertIntervalSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.AlertIntervalSeconds), clock);
        do
        {
            try
            {
                await pass.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database was away for a moment: the next pass raises what this one missed.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Callback alert pass failed; the next pass will retry.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
