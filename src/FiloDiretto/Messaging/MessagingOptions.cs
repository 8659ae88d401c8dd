namespace FiloDiretto.Messaging;

/// <summary>The <c>Messaging</c> section of the configuration (docs/OPERATIONS.md).</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Attempts of one message before it is shown as not sent.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the outbox is looked at when nothing signals new work (other nodes' events, due retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a node may hold a message it is sending before another node may try it.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The working days the citizen is given to send documents: the <c>{entro}</c> of the message.</summary>
    public int DocumentsWithinWorkingDays { get; set; } = 15;

    /// <summary>The number messages give citizens to call while the office's lines have none (Administration, Lines).</summary>
    public string? OfficePhone { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();

    public TimeSpan RetryAfter(int attempts) => FirstRetry * Math.Pow(2, Math.Max(0, attempts - 1));
}

public sealed class SmtpOptions
{
    /// <summary>Empty: e-mail is not configured and every e-mail fails with that reason.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@filodiretto.invalid";

    /// <summary>STARTTLS on the submission port; false only for a mailbox on the same machine.</summary>
    public bool UseTls { get; set; } = true;
}

public sealed class SmsOptions
{
    /// <summary>The gateway's endpoint; it receives <c>{"to": "+39…", "text": "…"}</c> and answers 2xx when it accepts.</summary>
    public string? Url { get; set; }

    public string KeyHeader { get; set; } = "X-Api-Key";
    public string? Key { get; set; }
}
