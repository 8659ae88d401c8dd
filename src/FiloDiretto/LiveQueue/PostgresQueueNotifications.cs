using System.Globalization;
using Npgsql;

namespace FiloDiretto.LiveQueue;

/// <summary>
/// Signals between app nodes through PostgreSQL LISTEN/NOTIFY. Local screens are told at once; the
/// other nodes hear it from the database. The payload is only "node:office:seq", never personal data.
/// </summary>
public sealed partial class PostgresQueueNotifications(string connectionString, ILogger<PostgresQueueNotifications> logger)
    : QueueNotifications, IHostedService, IAsyncDisposable
{
    private const string Channel = "filodiretto_queue";
    private readonly string _node = Guid.NewGuid().ToString("N")[..12];
    private readonly InProcessQueueNotifications _local = new();
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _listening;
    private int _stopped;

    public override void Publish(QueueSignal signal)
    {
        _local.Publish(signal);
        _ = NotifyOtherNodesAsync(signal);
    }

    public override IDisposable Subscribe(Action<QueueSignal> handler) => _local.Subscribe(handler);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listening = ListenAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped again after it was disposed (WebApplicationFactory does): only the first stop acts.
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_listening is not null)
        {
            await _listening.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
        await _dataSource.DisposeAsync();
    }

    private async Task NotifyOtherNodesAsync(QueueSignal signal)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", string.Create(CultureInfo.InvariantCulture, $"{_node}:{signal.OfficeId}:{signal.Seq}"));
            await command.ExecuteNonQueryAsync(_stopping.Token);
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or ObjectDisposedException)
        {
            // The other nodes' periodic sweep (QueueFeed) still finds the events; the signal only makes it immediate.
            LogNotifyFailed(logger, ex);
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(ct);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException)
            {
                LogListenFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void OnNotification(string payload)
    {
        var parts = payload.Split(':');
        if (parts.Length == 3 && parts[0] != _node
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var office)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            _local.Publish(new QueueSignal(office, seq));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not signal the other nodes; their sweep will pick the events up.")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other nodes' signals failed; reconnecting.")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
