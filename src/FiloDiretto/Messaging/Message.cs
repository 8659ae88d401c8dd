namespace FiloDiretto.Messaging;

/// <summary>
/// One written message to a citizen, durable from the moment it is decided: the outbox row that the
/// dispatcher claims, sends and retries. The rendered text is kept, so the timeline shows what was sent.
/// </summary>
public sealed class Message
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 4000;
    public const int MaxProblemLength = 200;

    /// <summary>Why a message was not even attempted: the citizen gave no consent.</summary>
    public const string NoConsent = "no-consent";

    /// <summary>Why a message was not even attempted: no e-mail address nor mobile number to write to.</summary>
    public const string NoAddress = "no-address";

    /// <summary>Why a message was not sent: the ticket's personal data were erased first.</summary>
    public const string Erased = "erased";

    public long Id { get; set; }
    public int OfficeId { get; set; }
    public long TicketId { get; set; }

    /// <summary>The ticket event that asked for the message, if one did: at most one message per event.</summary>
    public long? SourceSeq { get; set; }

    public MessageEvent Event { get; set; }
    public MessageChannel? Channel { get; set; }

    /// <summary>E-mail address or E.164 number (personal data: never logged).</summary>
    public string? Recipient { get; set; }

    public string? Subject { get; set; }
    public string? Body { get; set; }
    public MessageState State { get; set; }
    public int Attempts { get; set; }

    /// <summary>When a Pending message is due; while Sending, when the claim lapses (the node that held it stopped).</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>Why it was withheld (<see cref="NoConsent"/>, <see cref="NoAddress"/>) or why the last attempt failed, without personal data.</summary>
    public string? Problem { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    public static Message Withheld(int officeId, long ticketId, long? sourceSeq, MessageEvent what, string reason, DateTime now) => new()
    {
        OfficeId = officeId,
        TicketId = ticketId,
        SourceSeq = sourceSeq,
        Event = what,
        State = MessageState.Withheld,
        Problem = reason,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public static Message Queued(int officeId, long ticketId, long? sourceSeq, MessageEvent what, Address to, RenderedText text, DateTime now) => new()
    {
        OfficeId = officeId,
        TicketId = ticketId,
        SourceSeq = sourceSeq,
        Event = what,
        Channel = to.Channel,
        Recipient = to.Recipient,
        Subject = text.Subject,
        Body = text.Body,
        State = MessageState.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void Delivered(DateTime now)
    {
        State = MessageState.Sent;
        SentAt = now;
        Problem = null;
    }

    /// <summary>A failed attempt: try again after a doubling wait, until the attempts run out.</summary>
    public void AttemptFailed(string problem, DateTime now, MessagingOptions options)
    {
        Problem = problem.Length > MaxProblemLength ? problem[..MaxProblemLength] : problem;
        if (Attempts >= options.MaxAttempts)
        {
            State = MessageState.Failed;
            return;
        }

        State = MessageState.Pending;
        NextAttemptAt = now + options.RetryAfter(Attempts);
    }
}

/// <summary>Where a message goes.</summary>
public sealed record Address(MessageChannel Channel, string Recipient);
