using FiloDiretto.Audit;

namespace FiloDiretto.Privacy;

/// <summary>Runs the retention passes (tickets, then the access log) at start-up and then once a day.</summary>
public sealed partial class RetentionJob(AnonymiseExpiredTickets retention, PurgeExpiredAccessLog accessLog, TimeProvider clock, ILogger<RetentionJob> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            try
            {
                await retention.RunOnceAsync(stoppingToken);
                await accessLog.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A ticket changed under the pass, or the database was away: tomorrow's pass picks up what is left.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention pass failed; it will run again in a day.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
