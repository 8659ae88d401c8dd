using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Messaging;

/// <summary>
/// Sends the outbox. A node claims a due message with an update conditional on the attempt count it read, so of
/// several nodes exactly one sends it; a claim lapses after <see cref="MessagingOptions.ClaimLease"/> if its node stops.
/// </summary>
public sealed partial class MessageDispatcher(
    IDbContextFactory<AppDbContext> contexts,
    EmailSender email,
    SmsGateway sms,
    WriteGate gate,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<MessageDispatcher> logger) : BackgroundService
{
    private readonly Wakeup _wakeup = new(clock);

    /// <summary>New work: look at the outbox now rather than at the next poll.</summary>
    public void Wake() => _wakeup.Wake();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendNextAsync(stoppingToken))
                {
                }

                await _wakeup.WaitAsync(await UntilNextDueAsync(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e);
                await _wakeup.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Claims and sends one due message.</summary>
    /// <returns>Whether there may be another one due.</returns>
    public async Task<bool> SendNextAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await Due(db, now).OrderBy(m => m.NextAttemptAt).Select(m => new { m.Id, m.Attempts }).FirstOrDefaultAsync(ct);
        if (due is null)
        {
            return false;
        }

        if (!await ClaimAsync(db, due.Id, due.Attempts, now, ct))
        {
            return true; // another node took it
        }

        var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == due.Id, ct);
        var office = await db.Offices.Where(o => o.Id == message.OfficeId).Select(o => o.Name).SingleAsync(ct);
        var problem = await TrySendAsync(message, office, ct);
        var after = clock.GetUtcNow().UtcDateTime;
        if (problem is null)
        {
            message.Delivered(after);
        }
        else
        {
            message.AttemptFailed(problem, after, options.Value);
        }

        using (await gate.EnterAsync(ct))
        {
            // Only the holder of the claim records the outcome: the attempt count is the claim's signature.
            await db.Messages.Where(m => m.Id == message.Id && m.State == MessageState.Sending && m.Attempts == message.Attempts)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.State, message.State)
                        .SetProperty(m => m.SentAt, message.SentAt)
                        .SetProperty(m => m.Problem, message.Problem)
                        .SetProperty(m => m.NextAttemptAt, message.NextAttemptAt),
                    ct);
        }

        return true;
    }

    private async Task<bool> ClaimAsync(AppDbContext db, long id, int attempts, DateTime now, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        var lapse = now + options.Value.ClaimLease;
        return await Due(db, now).Where(m => m.Id == id && m.Attempts == attempts)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, MessageState.Sending)
                    .SetProperty(m => m.Attempts, attempts + 1)
                    .SetProperty(m => m.NextAttemptAt, lapse),
                ct) == 1;
    }

    private async Task<string?> TrySendAsync(Message message, string office, CancellationToken ct)
    {
        try
        {
            if (message.Channel == MessageChannel.Email)
            {
                await email.SendAsync(office, message.Recipient!, message.Subject!, message.Body!, ct);
            }
            else
            {
                await sms.SendAsync(message.Recipient!, message.Body!, ct);
            }

            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var problem = DeliveryProblem.Describe(e);
            LogAttemptFailed(logger, message.Id, message.Attempts, problem);
            return problem;
        }
    }

    /// <summary>Pending messages whose time has come, and claims that lapsed.</summary>
    private static IQueryable<Message> Due(AppDbContext db, DateTime now) =>
        db.Messages.Where(m => (m.State == MessageState.Pending || m.State == MessageState.Sending) && m.NextAttemptAt <= now);

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var next = await db.Messages.Where(m => m.State == MessageState.Pending || m.State == MessageState.Sending)
            .OrderBy(m => m.NextAttemptAt).Select(m => (DateTime?)m.NextAttemptAt).FirstOrDefaultAsync(ct);
        var poll = options.Value.PollInterval;
        if (next is null)
        {
            return poll;
        }

        var wait = next.Value - clock.GetUtcNow().UtcDateTime;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < poll ? wait : poll;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId}, attempt {Attempt}, not delivered: {Problem}")]
    private static partial void LogAttemptFailed(ILogger logger, long messageId, int attempt, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "The message dispatcher failed; it looks at the outbox again at the next poll.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
