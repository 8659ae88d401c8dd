using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FiloDiretto.Bench;

/// <summary>The phone operators: clients filing intakes as fast as answered (closed loop) or at a fixed rate (open loop).</summary>
internal sealed class IntakeLoad(HttpClient http, string token, BenchOptions options)
{
    private readonly string _runId = Guid.NewGuid().ToString("N");
    private long _sequence;

    /// <summary>Runs until <paramref name="end"/>, then waits for the intakes still in flight.</summary>
    public async Task<IReadOnlyList<IntakeOutcome>> RunAsync(long end)
    {
        var clients = Enumerable.Range(0, options.Clients)
            .Select(client => options.IsOpenLoop ? PacedClientAsync(client, end) : ClosedLoopClientAsync(end));
        var perClient = await Task.WhenAll(clients);
        return [.. perClient.SelectMany(outcomes => outcomes)];
    }

    private async Task<List<IntakeOutcome>> ClosedLoopClientAsync(long end)
    {
        var outcomes = new List<IntakeOutcome>();
        while (Stopwatch.GetTimestamp() < end)
        {
            outcomes.Add(await PostIntakeAsync());
        }

        return outcomes;
    }

    private async Task<List<IntakeOutcome>> PacedClientAsync(int client, long end)
    {
        var outcomes = new List<IntakeOutcome>();

        // Staggered starts interleave the clients' ticks evenly instead of firing them together.
        await Task.Delay(TimeSpan.FromSeconds(client / options.Rate));

        // A late tick fires once, not once per missed period: a slow answer never turns into a burst.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Clients / options.Rate));
        while (Stopwatch.GetTimestamp() < end)
        {
            outcomes.Add(await PostIntakeAsync());
            await timer.WaitForNextTickAsync();
        }

        return outcomes;
    }

    private async Task<IntakeOutcome> PostIntakeAsync()
    {
        var sequence = Interlocked.Increment(ref _sequence);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/tickets") { Content = SampleTickets.Body(sequence) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", $"bench-{_runId}-{sequence}");

        var sentAt = Stopwatch.GetTimestamp();
        try
        {
            // SendAsync returns once the whole (small) body is buffered: this is the acknowledgement.
            using var response = await http.SendAsync(request);
            var answeredAt = Stopwatch.GetTimestamp();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return new IntakeOutcome(sentAt, answeredAt, 0, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }

            var ticket = await response.Content.ReadFromJsonAsync<CreatedTicket>(ServerApi.Json);
            return ticket is { Id: > 0 }
                ? new IntakeOutcome(sentAt, answeredAt, ticket.Id, null)
                : new IntakeOutcome(sentAt, answeredAt, 0, "201 without id");
        }
        catch (TaskCanceledException)
        {
            return new IntakeOutcome(sentAt, Stopwatch.GetTimestamp(), 0, "timeout");
        }
        catch (HttpRequestException)
        {
            return new IntakeOutcome(sentAt, Stopwatch.GetTimestamp(), 0, "connection");
        }
        catch (JsonException)
        {
            return new IntakeOutcome(sentAt, Stopwatch.GetTimestamp(), 0, "201 unreadable body");
        }
    }
}
