using System.Diagnostics;

using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace FiloDiretto.Bench;

/// <summary>The office screens: separate hub connections, each noting when every Created push reached it.</summary>
internal sealed class Listeners : IAsyncDisposable
{
    private const int ConnectConcurrency = 16;

    private readonly Listener[] _all;

    private Listeners(Listener[] all)
    {
        _all = all;
    }

    public int Dropped => _all.Count(listener => listener.Dropped);

    public static async Task<Listeners> ConnectAsync(Uri baseUrl, string token, int count)
    {
        var hubUrl = new Uri(baseUrl, "hubs/queue");
        var connected = new Listener?[count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, count),
                new ParallelOptions { MaxDegreeOfParallelism = ConnectConcurrency },
                async (i, cancellation) => connected[i] = await Listener.ConnectAsync(hubUrl, token, cancellation));
        }
        catch (Exception e) when (e is not BenchFailure)
        {
            await Task.WhenAll(connected.OfType<Listener>().Select(listener => listener.DisposeAsync().AsTask()));
            throw new BenchFailure($"A listener could not connect to {hubUrl}: {e.Message}", BenchFailure.ServerUnavailable);
        }

        return new Listeners([.. connected.OfType<Listener>()]);
    }

    /// <summary>Gives pushes still on the wire up to <paramref name="patience"/> to arrive before anything is called missing.</summary>
    public async Task WaitForDeliveriesAsync(IReadOnlyCollection<long> ticketIds, TimeSpan patience)
    {
        var expected = (long)ticketIds.Count * _all.Length;
        var started = Stopwatch.GetTimestamp();
        while (CountReceived(ticketIds) < expected && Stopwatch.GetElapsedTime(started) < patience)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Matches every (acknowledged intake, listener) pair: push latency, missing and duplicate deliveries.</summary>
    public DeliveryTally Tally(IReadOnlyDictionary<long, long> acknowledgedAt)
    {
        var latency = new LatencyRecorder();
        long received = 0, duplicates = 0;
        foreach (var listener in _all)
        {
            foreach (var (ticketId, ackAt) in acknowledgedAt)
            {
                if (listener.TryGetArrival(ticketId, out var arrival))
                {
                    received++;
                    duplicates += arrival.Count - 1;
                    latency.Record(ackAt, arrival.FirstAt);
                }
            }
        }

        var expected = (long)acknowledgedAt.Count * _all.Length;
        return new DeliveryTally(expected, received, expected - received, duplicates, Dropped, latency.Summarize());
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_all.Select(listener => listener.DisposeAsync().AsTask()));
    }

    private long CountReceived(IReadOnlyCollection<long> ticketIds) =>
        _all.Sum(listener => (long)ticketIds.Count(ticketId => listener.TryGetArrival(ticketId, out _)));

    private sealed class Listener : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly Dictionary<long, Arrival> _arrivals = [];
        private readonly Lock _gate = new();
        private volatile bool _dropped;

        private Listener(HubConnection connection)
        {
            _connection = connection;
        }

        public bool Dropped => _dropped;

        public static async Task<Listener> ConnectAsync(Uri hubUrl, string token, CancellationToken cancellation)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(hubUrl, HttpTransportType.WebSockets, options =>
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                    options.SkipNegotiation = true;
                    options.WebSocketConfiguration = socket => socket.Proxy = null;
                })
                .Build();
            var listener = new Listener(connection);
            connection.On<TicketChanged>("TicketChanged", listener.Record);

            // No automatic reconnect: a dropped screen must show up as missing deliveries, not be papered over.
            connection.Closed += _ =>
            {
                listener._dropped = true;
                return Task.CompletedTask;
            };

            try
            {
                await connection.StartAsync(cancellation);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }

            return listener;
        }

        public bool TryGetArrival(long ticketId, out Arrival arrival)
        {
            lock (_gate)
            {
                return _arrivals.TryGetValue(ticketId, out arrival);
            }
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();

        // Every Created push is kept: whether the ticket is this run's is known only once its 201 has been read.
        private void Record(TicketChanged change)
        {
            var at = Stopwatch.GetTimestamp();
            if (!change.IsCreated)
            {
                return;
            }

            lock (_gate)
            {
                _arrivals[change.TicketId] = _arrivals.TryGetValue(change.TicketId, out var earlier)
                    ? earlier with { Count = earlier.Count + 1 }
                    : new Arrival(at, 1);
            }
        }
    }

    private readonly record struct Arrival(long FirstAt, int Count);
}

internal sealed record DeliveryTally(long Expected, long Received, long Missing, long Duplicates, int ListenersDropped, LatencySummary PushMs);
