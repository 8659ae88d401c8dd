using System.Text.Json.Serialization;

namespace FiloDiretto.Bench;

/// <summary>The intakes answered inside the measured window: throughput, errors by cause, HTTP latency.</summary>
internal sealed class MeasuredIntakes
{
    public MeasuredIntakes(IEnumerable<IntakeOutcome> outcomes, MeasuredWindow window)
    {
        var latency = new LatencyRecorder();
        foreach (var outcome in outcomes.Where(o => window.Contains(o.AnsweredAt)))
        {
            // Distinct idempotency keys must give distinct tickets; a repeat is the server's error, not a delivery to expect twice.
            var error = outcome.Acknowledged && !AcknowledgedAt.TryAdd(outcome.TicketId, outcome.AnsweredAt)
                ? "201 repeated ticket id"
                : outcome.Error;
            if (error is null)
            {
                latency.Record(outcome.SentAt, outcome.AnsweredAt);
            }
            else
            {
                Errors[error] = Errors.GetValueOrDefault(error) + 1;
            }
        }

        PerSecond = Math.Round(AcknowledgedAt.Count / window.Seconds, 1);
        HttpMs = latency.Summarize();
    }

    /// <summary>Ticket id → Stopwatch timestamp of its 201.</summary>
    [JsonIgnore]
    public Dictionary<long, long> AcknowledgedAt { get; } = [];

    public long Acknowledged => AcknowledgedAt.Count;

    public double PerSecond { get; }

    public SortedDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public LatencySummary HttpMs { get; }
}
