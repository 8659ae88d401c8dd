using System.Net.Mail;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiloDiretto.Accounts;
using FiloDiretto.Audit;
using FiloDiretto.Citizens;
using FiloDiretto.Offices;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;

namespace FiloDiretto.Tickets;

/// <param name="PreferredChannel">phone (the default), email or sms.</param>
/// <param name="WrittenConsent">The citizen agrees to receive e-mails or text messages about the ticket.</param>
public sealed record CitizenInput(
    string? FiscalCode,
    string? Surname,
    string? GivenName,
    string? Phone,
    string? Email,
    string? PreferredChannel = null,
    bool? WrittenConsent = null);

public sealed record RecordTicketRequest(
    CitizenInput? Citizen,
    string? ApplicationNumber,
    string? Category,
    string? Description,
    string? Channel,
    int? Line,
    string? Caller,
    string? Priority);

public enum RecordOutcomeKind
{
    Created,
    Replayed,
    Invalid,
    KeyReused,
}

public sealed record RecordOutcome(RecordOutcomeKind Kind, TicketView? Ticket = null, IDictionary<string, string[]>? Errors = null);

/// <summary>Records a citizen's problem (the phone operator's one job): validates it, then hands it to the <see cref="IntakeWriter"/>.</summary>
public sealed partial class RecordTicket(OfficeProfiles offices, IntakeWriter writer, AccessLog accessLog, TimeProvider clock)
{
    public const int MaxIdempotencyKeyLength = 100;

    public async Task<RecordOutcome> RecordAsync(Actor actor, RecordTicketRequest request, string? idempotencyKey, CancellationToken ct)
    {
        var office = await offices.GetAsync(actor.OfficeId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, office.Calendar.TimeZone));
        var validation = new Validation();
        var citizen = ValidateCitizen(request.Citizen, today, validation);
        var description = validation.Text("description", request.Description, Ticket.MaxDescriptionLength);
        var applicationNumber = ValidateApplicationNumber(request.ApplicationNumber, validation);
        var channel = ChannelFor(actor, request.Channel, validation);
        var caller = validation.Choice("caller", request.Caller, actor.Role == Role.Patronato ? CallerKind.Patronato : CallerKind.Citizen);
        var priority = validation.Choice("priority", request.Priority, Priority.Normal);
        if (request.Line is < 1 or > 99)
        {
            validation.Add("line", Messages.Get("Intake.Line"));
        }

        var categoryCode = validation.Text("category", request.Category, 20);
        var category = categoryCode is null ? null : office.Categories.GetValueOrDefault(categoryCode);
        if (categoryCode is not null && category is null)
        {
            validation.Add("category", Messages.Format("Intake.UnknownCategory", categoryCode));
        }

        if (idempotencyKey is { Length: > MaxIdempotencyKeyLength })
        {
            validation.Add("Idempotency-Key", Messages.Format("Intake.IdempotencyKeyTooLong", MaxIdempotencyKeyLength));
        }

        if (!validation.IsValid)
        {
            return new RecordOutcome(RecordOutcomeKind.Invalid, Errors: validation.Errors);
        }

        var draft = new TicketDraft(citizen!, category!, applicationNumber, description!, channel, request.Line, caller, priority);
        var pending = new PendingIntake(actor, office, draft, idempotencyKey, Hash(request), now, today.Year);
        var outcome = await writer.WriteAsync(pending);
        if (outcome.Kind == RecordOutcomeKind.Created)
        {
            // Recorded right after the group commit, which runs on the writer's own connection; a caller hanging up does not skip it.
            await accessLog.RecordAsync(actor, AccessAction.Create, outcome.Ticket!, CancellationToken.None);
        }

        return outcome;
    }

    private static CitizenDetails? ValidateCitizen(CitizenInput? input, DateOnly today, Validation validation)
    {
        if (input is null)
        {
            validation.Add("citizen", Messages.Get("Intake.MissingCitizen"));
            return null;
        }

        var fiscalCode = FiscalCode.Parse(input.FiscalCode, today);
        if (!fiscalCode.IsValid)
        {
            validation.Add("citizen.fiscalCode", fiscalCode.Message!);
        }

        var surname = validation.Text("citizen.surname", input.Surname, 100);
        var givenName = validation.Text("citizen.givenName", input.GivenName, 100);
        var phone = ItalianPhone.Parse(input.Phone);
        if (!phone.IsValid)
        {
            validation.Add("citizen.phone", phone.Message!);
        }

        var email = validation.Text("citizen.email", input.Email, 254, required: false);
        if (email is not null && !MailAddress.TryCreate(email, out _))
        {
            validation.Add("citizen.email", Messages.Get("Intake.InvalidEmail"));
        }

        var preferred = validation.Choice("citizen.preferredChannel", input.PreferredChannel, PreferredChannel.Phone);
        if (preferred == PreferredChannel.Email && email is null)
        {
            validation.Add("citizen.preferredChannel", Messages.Get("Intake.EmailForEmail"));
        }

        if (preferred == PreferredChannel.Sms && phone.Phone is { IsMobile: false })
        {
            validation.Add("citizen.preferredChannel", Messages.Get("Intake.MobileForSms"));
        }

        return validation.IsValid
            ? new CitizenDetails(
                fiscalCode.Code!.Value, fiscalCode.Code.Canonical, surname!, givenName!, phone.Phone!.E164, email, preferred, input.WrittenConsent is true)
            : null;
    }

    private static string? ValidateApplicationNumber(string? value, Validation validation)
    {
        var text = validation.Text("applicationNumber", value, 50, required: false)?.ToUpperInvariant();
        if (text is not null && !ApplicationNumberPattern().IsMatch(text))
        {
            validation.Add("applicationNumber", Messages.Get("Intake.ApplicationNumber"));
        }

        return text;
    }

    /// <summary>Patronato and counter staff always file on their own channel; others say how the problem arrived.</summary>
    private static Channel ChannelFor(Actor actor, string? requested, Validation validation) => actor.Role switch
    {
        Role.Patronato => Channel.Patronato,
        Role.Counter => Channel.Counter,
        Role.PhoneOperator => validation.Choice("channel", requested, Channel.Phone),
        _ => validation.Choice("channel", requested, Channel.Api),
    };

    private static string Hash(RecordTicketRequest request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));

    [GeneratedRegex("^[A-Z0-9./-]+$")]
    private static partial Regex ApplicationNumberPattern();
}
