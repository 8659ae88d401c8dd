using System.Text.Json.Serialization;
using FiloDiretto.Messaging;
using FiloDiretto.Platform;

namespace FiloDiretto.Tickets;

/// <param name="PreferredChannel">Wire name: phone, email or sms.</param>
/// <param name="WrittenConsentAt">When the citizen agreed to written messages; null when they did not.</param>
public sealed record CitizenView(
    string FiscalCode,
    string Surname,
    string GivenName,
    string Phone,
    string? Email,
    string PreferredChannel = "phone",
    DateTime? WrittenConsentAt = null,
    string? WrittenConsentBy = null);

/// <summary>A ticket as the API and the screens show it.</summary>
public sealed record TicketView(
    long Id,
    string Code,
    string Status,
    string Category,
    string CategoryLabel,
    string Area,
    CitizenView Citizen,
    string? ApplicationNumber,
    string Description,
    string Channel,
    int? Line,
    string Caller,
    string Priority,
    DateTime CreatedAt,
    DateTime DueAt,
    string? Holder,
    int RepeatCalls,
    string? Feedback,
    DateTime UpdatedAt)
{
    /// <summary>Present only when one ticket is read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TimelineEntry>? Timeline { get; init; }

    /// <summary>The written messages to the citizen, oldest first; present only when one ticket is read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MessageView>? Messages { get; init; }

    /// <summary>Needs the ticket's <see cref="Ticket.Category"/> loaded.</summary>
    public static TicketView From(Ticket t)
    {
        var category = t.Category ?? throw new InvalidOperationException("Load the ticket with its category.");
        return new(
            t.Id, t.Code, t.Status.ToString(), category.Code, category.Label, t.Area.ToString(),
            new CitizenView(t.FiscalCode, t.Surname, t.GivenName, t.Phone, t.Email, Wire.Name(t.PreferredChannel), t.WrittenConsentAt, t.WrittenConsentBy),
            t.ApplicationNumber, t.Description, Wire.Name(t.Channel), t.Line, Wire.Name(t.Caller), Wire.Name(t.Priority),
            t.CreatedAt, t.DueAt, t.HolderName, t.RepeatCalls, t.Feedback, t.UpdatedAt);
    }
}

public sealed record TimelineEntry(long Seq, string Kind, string Status, DateTime At, string By, string? Text, string? Detail)
{
    public static TimelineEntry From(TicketEvent e) => new(e.Seq, e.Kind.ToString(), e.Status.ToString(), e.At, e.ByName, e.Text, e.Detail);
}
