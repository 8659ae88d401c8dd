using FiloDiretto.Citizens;
using FiloDiretto.Platform;

namespace FiloDiretto.Messaging;

/// <summary>A written message as the timeline and the API show it; the recipient is masked.</summary>
/// <param name="Problem">Why it was withheld (no-consent, no-address) or why the last attempt failed.</param>
/// <param name="NextAttemptAt">While a retry is waiting.</param>
public sealed record MessageView(
    long Id,
    string Event,
    string? Channel,
    string? Recipient,
    string State,
    int Attempts,
    string? Problem,
    DateTime CreatedAt,
    DateTime? SentAt,
    DateTime? NextAttemptAt,
    string? Subject,
    string? Body)
{
    public static MessageView From(Message m) => new(
        m.Id,
        Wire.Name(m.Event),
        m.Channel is { } channel ? Wire.Name(channel) : null,
        Masked(m),
        Wire.Name(m.State),
        m.Attempts,
        m.Problem,
        m.CreatedAt,
        m.SentAt,
        m is { State: MessageState.Pending, Attempts: > 0 } ? m.NextAttemptAt : null,
        m.Subject,
        m.Body);

    private static string? Masked(Message m) => m.Recipient switch
    {
        null => null,
        var phone when m.Channel == MessageChannel.Sms => ItalianPhone.TryParse(phone, out var parsed) ? parsed.Masked : "***",
        var email when email.IndexOf('@', StringComparison.Ordinal) is var at and > 0 => string.Concat(email.AsSpan(0, 1), "***", email.AsSpan(at)),
        _ => "***",
    };
}
