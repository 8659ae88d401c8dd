using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;

namespace FiloDiretto.Tickets;

/// <summary>
/// One citizen's problem from the call to the feedback (segnalazione). Every change goes through a
/// method here, which guards the lifecycle and appends the event to the timeline.
/// </summary>
public sealed class Ticket
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxTextLength = 4000;

    /// <summary>The statuses in which the office still owes the citizen an answer.</summary>
    public static readonly TicketStatus[] OpenStatuses =
        [TicketStatus.New, TicketStatus.InProgress, TicketStatus.AwaitingCitizen, TicketStatus.Reopened];

    public long Id { get; set; }
    public int OfficeId { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public required string Code { get; set; }
    public TicketStatus Status { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public Area Area { get; set; }
    public required string FiscalCode { get; set; }
    public required string FiscalCodeKey { get; set; }
    public required string Surname { get; set; }
    public required string GivenName { get; set; }
    public required string Phone { get; set; }
    public string? Email { get; set; }
    public PreferredChannel PreferredChannel { get; set; }

    /// <summary>When the citizen agreed to written messages (GDPR art. 6 and 7); null: no e-mail or text message is sent.</summary>
    public DateTime? WrittenConsentAt { get; set; }

    /// <summary>Who recorded the consent.</summary>
    public string? WrittenConsentBy { get; set; }
    public string? ApplicationNumber { get; set; }
    public required string Description { get; set; }
    public Channel Channel { get; set; }
    public int? Line { get; set; }
    public CallerKind Caller { get; set; }
    public Priority Priority { get; set; }
    public int? OrganisationId { get; set; }
    public required string CreatedById { get; set; }

    /// <summary>The client's <c>Idempotency-Key</c>: a retry with the same key finds this ticket instead of making another.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>SHA-256 of the request that made the ticket, to tell a true retry from a reused key.</summary>
    public string? RequestHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime DueAt { get; set; }
    public string? HolderId { get; set; }
    public string? HolderName { get; set; }
    public DateTime? TakenAt { get; set; }
    public DateTime? FirstContactAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? Feedback { get; set; }
    public int RepeatCalls { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>A legal hold (litigation, an inquiry) suspends anonymisation until a supervisor lifts it.</summary>
    public bool LegalHold { get; set; }
    public string? LegalHoldById { get; set; }
    public string? LegalHoldByName { get; set; }
    public string? LegalHoldReason { get; set; }
    public DateTime? LegalHoldAt { get; set; }

    /// <summary>When the personal data were removed (retention or the citizen's request); the statistics remain.</summary>
    public DateTime? AnonymisedAt { get; set; }

    /// <summary>Optimistic concurrency token: two writers of the same ticket cannot both commit.</summary>
    public int Version { get; set; }

    public List<TicketEvent> Events { get; set; } = [];

    public bool IsOpen => OpenStatuses.Contains(Status);

    public static Ticket Create(TicketDraft draft, Actor by, string code, int year, int number, DateTime dueAt, DateTime now)
    {
        var ticket = new Ticket
        {
            OfficeId = by.OfficeId,
            Year = year,
            Number = number,
            Code = code,
            Status = TicketStatus.New,
            CategoryId = draft.Category.Id,
            Area = draft.Category.Area,
            FiscalCode = draft.Citizen.FiscalCode,
            FiscalCodeKey = draft.Citizen.FiscalCodeKey,
            Surname = draft.Citizen.Surname,
            GivenName = draft.Citizen.GivenName,
            Phone = draft.Citizen.Phone,
            Email = draft.Citizen.Email,
            PreferredChannel = draft.Citizen.Preferred,
            WrittenConsentAt = draft.Citizen.WrittenConsent ? now : null,
            WrittenConsentBy = draft.Citizen.WrittenConsent ? by.Name : null,
            ApplicationNumber = draft.ApplicationNumber,
            Description = draft.Description,
            Channel = draft.Channel,
            Line = draft.Line,
            Caller = draft.Caller,
            Priority = draft.Priority,
            OrganisationId = by.OrganisationId,
            CreatedById = by.UserId,
            CreatedAt = now,
            DueAt = dueAt,
            UpdatedAt = now,
        };
        ticket.Record(EventKind.Created, by, now, null, draft.Category.Code);
        return ticket;
    }

    /// <summary>The citizen phoned again about this open ticket: failure demand, counted, not a duplicate.</summary>
    public Refusal? AppendCall(Actor by, string? note, DateTime now)
    {
        if (Erased() is { } erased)
        {
            return erased;
        }

        if (!IsOpen)
        {
            return new Refusal(Messages.Format("Ticket.ReopenFirst", StatusLabel(Status)));
        }

        RepeatCalls++;
        Record(EventKind.RepeatCall, by, now, note);
        return null;
    }

    public Refusal? TakeInCharge(Actor by, DateTime now)
    {
        if (HolderId == by.UserId && Status is TicketStatus.InProgress or TicketStatus.AwaitingCitizen)
        {
            return null;
        }

        if (HolderId is not null && Status is TicketStatus.InProgress or TicketStatus.AwaitingCitizen)
        {
            return new Refusal(Messages.Format("Ticket.AlreadyHeld", HolderName), HolderName);
        }

        if (Status is not (TicketStatus.New or TicketStatus.Reopened))
        {
            return NotAllowed("Action.Take");
        }

        HolderId = by.UserId;
        HolderName = by.Name;
        TakenAt ??= now;
        Status = TicketStatus.InProgress;
        Record(EventKind.TakenInCharge, by, now);
        return null;
    }

    public Refusal? Release(Actor by, DateTime now)
    {
        if (Status is not (TicketStatus.InProgress or TicketStatus.AwaitingCitizen))
        {
            return NotAllowed("Action.Release");
        }

        if (HolderId != by.UserId && !by.IsSupervisor)
        {
            return NotHolder();
        }

        Status = TicketStatus.New;
        HolderId = null;
        HolderName = null;
        Record(EventKind.Released, by, now);
        return null;
    }

    public Refusal? AddNote(Actor by, string text, DateTime now)
    {
        if (Erased() is { } erased)
        {
            return erased;
        }

        Record(EventKind.Note, by, now, text);
        return null;
    }

    public Refusal? LogContact(Actor by, ContactChannel channel, ContactOutcome outcome, string? note, DateTime now)
    {
        var refusal = RequireHolderWhileWorking(by, "Action.Contact");
        if (refusal is not null)
        {
            return refusal;
        }

        if (outcome is ContactOutcome.Reached or ContactOutcome.Sent)
        {
            FirstContactAt ??= now;
        }

        Record(EventKind.ContactAttempt, by, now, note, $"{Wire.Name(channel)}:{Wire.Name(outcome)}");
        return null;
    }

    public Refusal? AwaitCitizen(Actor by, string request, DateTime now)
    {
        if (Erased() is { } erased)
        {
            return erased;
        }

        if (Status != TicketStatus.InProgress)
        {
            return NotAllowed("Action.AwaitCitizen");
        }

        if (HolderId != by.UserId)
        {
            return NotHolder();
        }

        Status = TicketStatus.AwaitingCitizen;
        Record(EventKind.AwaitingCitizen, by, now, request);
        return null;
    }

    public Refusal? Resolve(Actor by, string feedback, DateTime now)
    {
        var refusal = RequireHolderWhileWorking(by, "Action.Resolve");
        if (refusal is not null)
        {
            return refusal;
        }

        Status = TicketStatus.Resolved;
        Feedback = feedback;
        ResolvedAt = now;
        Record(EventKind.Resolved, by, now, feedback);
        return null;
    }

    public Refusal? Forward(Actor by, string to, string reason, DateTime now)
    {
        var refusal = RequireHolderWhileWorking(by, "Action.Forward");
        if (refusal is not null)
        {
            return refusal;
        }

        Status = TicketStatus.Forwarded;
        Record(EventKind.Forwarded, by, now, reason, to);
        return null;
    }

    /// <summary>The citizen calls again about a problem given feedback on or sent elsewhere.</summary>
    public Refusal? Reopen(Actor by, string reason, DateTime now)
    {
        if (Erased() is { } erased)
        {
            return erased;
        }

        if (Status is not (TicketStatus.Resolved or TicketStatus.Forwarded))
        {
            return NotAllowed("Action.Reopen");
        }

        Status = TicketStatus.Reopened;
        HolderId = null;
        HolderName = null;
        Record(EventKind.Reopened, by, now, reason);
        return null;
    }

    public Refusal? Close(Actor by, DateTime now)
    {
        if (Status is not (TicketStatus.Resolved or TicketStatus.Forwarded))
        {
            return NotAllowed("Action.Close");
        }

        if (HolderId != by.UserId && !by.IsSupervisor)
        {
            return NotHolder();
        }

        Status = TicketStatus.Closed;
        Record(EventKind.Closed, by, now);
        return null;
    }

    public Refusal? PlaceLegalHold(Actor by, string reason, DateTime now)
    {
        if (Erased() is { } erased)
        {
            return erased;
        }

        (LegalHold, LegalHoldById, LegalHoldByName, LegalHoldReason, LegalHoldAt) = (true, by.UserId, by.Name, reason, now);
        UpdatedAt = now;
        return null;
    }

    public void LiftLegalHold(DateTime now)
    {
        (LegalHold, LegalHoldById, LegalHoldByName, LegalHoldReason, LegalHoldAt) = (false, null, null, null, null);
        UpdatedAt = now;
    }

    /// <summary>
    /// Removes who the citizen is and what they said (GDPR art. 5(1)(e), art. 17), keeping what the statistics count:
    /// category, area, status, channel, priority, dates and repeat calls. Needs <see cref="Events"/> loaded.
    /// </summary>
    public Refusal? Anonymise(DateTime now)
    {
        if (LegalHold)
        {
            return new Refusal(Messages.Format("Ticket.UnderLegalHold", Code));
        }

        if (AnonymisedAt is not null)
        {
            return null;
        }

        (FiscalCode, FiscalCodeKey, Surname, GivenName, Phone, Email, WrittenConsentBy) = ("", "", "", "", "", null, null);
        (ApplicationNumber, Description, Feedback, RequestHash) = (null, "", null, null);
        foreach (var e in Events)
        {
            e.Text = null;
        }

        AnonymisedAt = now;
        UpdatedAt = now;
        return null;
    }

    /// <summary>Once a ticket's personal data are erased, nothing that carries text may bring them back.</summary>
    private Refusal? Erased() => AnonymisedAt is null ? null : new Refusal(Messages.Get("Ticket.AlreadyAnonymised"));

    private Refusal? RequireHolderWhileWorking(Actor by, string action)
    {
        if (Erased() is { } erased)
        {
            return erased;
        }

        if (Status is not (TicketStatus.InProgress or TicketStatus.AwaitingCitizen))
        {
            return NotAllowed(action);
        }

        return HolderId == by.UserId ? null : NotHolder();
    }

    /// <param name="action">The Messages key naming the refused action.</param>
    private Refusal NotAllowed(string action) =>
        new(Messages.Format("Ticket.NotAllowed", Messages.Get(action), StatusLabel(Status)), HolderName);

    private Refusal NotHolder() =>
        new(HolderName is null
            ? Messages.Get("Ticket.NobodyHolds")
            : Messages.Format("Ticket.HeldBy", HolderName), HolderName);

    internal void Record(EventKind kind, Actor by, DateTime now, string? text = null, string? detail = null)
    {
        UpdatedAt = now;
        Events.Add(new TicketEvent
        {
            OfficeId = OfficeId,
            TicketId = Id,
            Kind = kind,
            Status = Status,
            Area = Area,
            At = now,
            ByUserId = by.UserId,
            ByName = by.Name,
            Text = text,
            Detail = detail,
        });
    }

    /// <summary>The status as a sentence says it ("la segnalazione è in lavorazione").</summary>
    internal static string StatusLabel(TicketStatus status) => Messages.Get($"Status.{status}");
}
