using FiloDiretto.Accounts;
using FiloDiretto.Calendar;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tickets;

namespace FiloDiretto.Callbacks;

/// <summary>How failed attempts are retried in this office.</summary>
public sealed record RetryRule(int MaxFailedAttempts, TimeSpan Interval, WorkingCalendar Calendar);

/// <summary>
/// A promise to call the citizen back (richiamata) in a window agreed with them. Each change is also an event of its
/// ticket, so the ticket's timeline stays the one history and the live screens follow.
/// </summary>
public sealed class Callback
{
    public const int MaxPurposeLength = 200;

    public long Id { get; set; }
    public int OfficeId { get; set; }
    public long TicketId { get; set; }
    public Ticket? Ticket { get; set; }
    public required string HolderId { get; set; }
    public required string HolderName { get; set; }
    public required string Phone { get; set; }
    public required string Purpose { get; set; }
    public int ReachableDays { get; set; }
    public TimeOnly ReachableFrom { get; set; }
    public TimeOnly ReachableTo { get; set; }

    /// <summary>The window of the next attempt: the agreed one, then the retry's.</summary>
    public DateTime WindowStart { get; set; }
    public DateTime WindowEnd { get; set; }
    public CallbackState State { get; set; }

    /// <summary>When the citizen last phoned about the ticket before the promise: where the measures start counting.</summary>
    public DateTime CallAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public int FailedAttempts { get; set; }
    public DateTime? FirstAttemptAt { get; set; }
    public ContactOutcome? FirstOutcome { get; set; }
    public DateTime? ReachedAt { get; set; }
    public DateTime? EscalatedAt { get; set; }

    /// <summary>Set by the one node that raised the alert for the current window; cleared when the window moves.</summary>
    public DateTime? DueAlertedAt { get; set; }
    public DateTime? OverdueAlertedAt { get; set; }

    public List<CallbackAttempt> Attempts { get; set; } = [];

    public static readonly CallbackState[] OpenStates = [CallbackState.Open, CallbackState.NeedsNumber];

    public ReachableHours Hours => ReachableHours.FromMask(ReachableDays, ReachableFrom, ReachableTo);

    public static CallbackTiming TimingAt(CallbackState state, DateTime windowStart, DateTime windowEnd, DateTime now) => state switch
    {
        CallbackState.NeedsNumber => CallbackTiming.NeedsNumber,
        CallbackState.Open when now >= windowEnd => CallbackTiming.Overdue,
        CallbackState.Open when now >= windowStart => CallbackTiming.Due,
        CallbackState.Open => CallbackTiming.Upcoming,
        _ => CallbackTiming.Closed,
    };

    /// <summary>Only the specialist working the ticket promises and calls.</summary>
    public static Refusal? RequireHolder(Ticket ticket, Actor by)
    {
        if (ticket.Status is not (TicketStatus.InProgress or TicketStatus.AwaitingCitizen))
        {
            return new Refusal(Messages.Format("Ticket.NotAllowed", Messages.Get("Action.Callback"), Ticket.StatusLabel(ticket.Status)), ticket.HolderName);
        }

        return ticket.HolderId == by.UserId ? null : NotHolder(ticket);
    }

    public static Callback Promise(Ticket ticket, Actor by, CallbackTerms terms, DateTime callAt, DateTime now)
    {
        var callback = new Callback
        {
            OfficeId = ticket.OfficeId,
            TicketId = ticket.Id,
            HolderId = by.UserId,
            HolderName = by.Name,
            Phone = terms.Phone,
            Purpose = terms.Purpose,
            State = CallbackState.Open,
            CallAt = callAt,
            CreatedAt = now,
        };
        callback.Apply(terms);
        ticket.Record(EventKind.CallbackPromised, by, now, terms.Purpose, CallbackDetail.Window(CallbackDetail.Promised, terms.WindowStart, terms.WindowEnd));
        return callback;
    }

    /// <summary>A new window (and perhaps a new number, as after a wrong one) agreed with the citizen.</summary>
    public Refusal? Reschedule(Ticket ticket, Actor by, CallbackTerms terms, string reason, DateTime now)
    {
        if (RequireHolder(ticket, by) is { } refusal)
        {
            return refusal;
        }

        Apply(terms);
        (State, HolderId, HolderName) = (CallbackState.Open, by.UserId, by.Name);
        ticket.Record(EventKind.CallbackPromised, by, now, reason, CallbackDetail.Window(CallbackDetail.Rescheduled, terms.WindowStart, terms.WindowEnd));
        return null;
    }

    public Refusal? Cancel(Ticket ticket, Actor by, string reason, DateTime now)
    {
        if (ticket.HolderId != by.UserId && !by.IsSupervisor)
        {
            return NotHolder(ticket);
        }

        State = CallbackState.Cancelled;
        ticket.Record(EventKind.CallbackPromised, by, now, reason, CallbackDetail.Cancelled);
        return null;
    }

    public Refusal? LogAttempt(Ticket ticket, Actor by, ContactOutcome outcome, string? note, RetryRule rule, DateTime now)
    {
        if (RequireHolder(ticket, by) is { } refusal)
        {
            return refusal;
        }

        if (State == CallbackState.NeedsNumber)
        {
            return new Refusal(Messages.Get("Callback.NeedsNumber"));
        }

        Attempts.Add(new CallbackAttempt { At = now, Outcome = outcome, Note = note, ByUserId = by.UserId, ByName = by.Name });
        (FirstAttemptAt, FirstOutcome) = (FirstAttemptAt ?? now, FirstOutcome ?? outcome);
        (HolderId, HolderName) = (by.UserId, by.Name);
        switch (outcome)
        {
            case ContactOutcome.Reached:
                (State, ReachedAt) = (CallbackState.Reached, now);
                ticket.FirstContactAt ??= now;
                ticket.Record(EventKind.CallbackAttempted, by, now, note, Wire.Name(outcome));
                return null;
            case ContactOutcome.WrongNumber:
                State = CallbackState.NeedsNumber;
                ticket.Record(EventKind.CallbackAttempted, by, now, note, Wire.Name(outcome));
                return null;
        }

        FailedAttempts++;
        var next = FailedAttempts < rule.MaxFailedAttempts ? Hours.NextSlot(now + rule.Interval, rule.Calendar) : null;
        if (next is not { } slot)
        {
            ticket.Record(EventKind.CallbackAttempted, by, now, note, Wire.Name(outcome));
            Escalate(ticket, by, now);
            return null;
        }

        (WindowStart, WindowEnd, DueAlertedAt, OverdueAlertedAt) = (slot.Start, slot.End, null, null);
        ticket.Record(EventKind.CallbackAttempted, by, now, note, CallbackDetail.Window(Wire.Name(outcome), slot.Start, slot.End));
        return null;
    }

    /// <summary>Calling again would not help: the ticket becomes urgent and the citizen is to be asked in writing to call.</summary>
    private void Escalate(Ticket ticket, Actor by, DateTime now)
    {
        (State, EscalatedAt) = (CallbackState.Escalated, now);
        ticket.Priority = Priority.Urgent;
        ticket.Record(EventKind.CallbackEscalated, by, now, null, FailedAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Refusal NotHolder(Ticket ticket) =>
        new(ticket.HolderName is null ? Messages.Get("Ticket.NobodyHolds") : Messages.Format("Ticket.HeldBy", ticket.HolderName), ticket.HolderName);

    private void Apply(CallbackTerms terms)
    {
        (Phone, Purpose, WindowStart, WindowEnd) = (terms.Phone, terms.Purpose, terms.WindowStart, terms.WindowEnd);
        (ReachableDays, ReachableFrom, ReachableTo) = (terms.Hours.DaysMask, terms.Hours.From, terms.Hours.To);
        (DueAlertedAt, OverdueAlertedAt) = (null, null);
    }
}
