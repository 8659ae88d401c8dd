namespace FiloDiretto.Privacy;

/// <summary>How long personal data are kept: configuration section <c>Retention</c> (docs/security/privacy.md).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Months after its closing that a ticket keeps the citizen's personal data.</summary>
    public int ClosedTicketsMonths { get; set; } = 24;

    /// <summary>Months the access log keeps its entries (Audit/PurgeExpiredAccessLog).</summary>
    public int AccessLogMonths { get; set; } = 24;

    /// <summary>Tickets anonymised per transaction, so the job never holds the database for long.</summary>
    public int BatchSize { get; set; } = 200;
}
