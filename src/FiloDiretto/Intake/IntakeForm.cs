using FiloDiretto.Platform;
using FiloDiretto.Tickets;

namespace FiloDiretto.Intake;

/// <summary>What the operator types for one call. A new form is a new call: it gets its own idempotency key.</summary>
public sealed class IntakeForm(CallerKind caller)
{
    private CitizenView? _prefilled;

    /// <summary>Sent with every submission of this form, so a double submission records one ticket.</summary>
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString();

    public string? FiscalCode { get; set; }
    public string? Surname { get; set; }
    public string? GivenName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public PreferredChannel Preferred { get; set; } = PreferredChannel.Phone;

    /// <summary>Asked on every call, never carried over from an earlier ticket.</summary>
    public bool WrittenConsent { get; set; }
    public CallerKind Caller { get; set; } = caller;
    public string? Category { get; set; }
    public string? ApplicationNumber { get; set; }
    public string? Description { get; set; }
    public bool Urgent { get; set; }

    /// <summary>Fills the contact details not typed yet from what the office last recorded for the caller.</summary>
    public void Prefill(CitizenView citizen)
    {
        Surname = Blank(Surname) ? citizen.Surname : Surname;
        GivenName = Blank(GivenName) ? citizen.GivenName : GivenName;
        Phone = Blank(Phone) ? citizen.Phone : Phone;
        Email = Blank(Email) ? citizen.Email : Email;
        _prefilled = citizen;
    }

    /// <summary>Nothing typed yet: the form of a call that has not started.</summary>
    public bool IsBlank =>
        Blank(FiscalCode) && Blank(Surname) && Blank(GivenName) && Blank(Phone) && Blank(Email) && Blank(Category) && Blank(ApplicationNumber) && Blank(Description);

    /// <summary>Fills, where nothing is typed yet, what the telephone system and the office know of the caller.</summary>
    public void PrefillCaller(string? phone, string? fiscalCode, string? surname, string? givenName)
    {
        Phone = Blank(Phone) ? phone : Phone;
        FiscalCode = Blank(FiscalCode) ? fiscalCode : FiscalCode;
        Surname = Blank(Surname) ? surname : Surname;
        GivenName = Blank(GivenName) ? givenName : GivenName;
    }

    /// <summary>Empties what <see cref="Prefill"/> wrote and the operator left as it was: it belonged to another fiscal code.</summary>
    public void ForgetPrefill()
    {
        if (_prefilled is not { } citizen)
        {
            return;
        }

        Surname = Surname == citizen.Surname ? null : Surname;
        GivenName = GivenName == citizen.GivenName ? null : GivenName;
        Phone = Phone == citizen.Phone ? null : Phone;
        Email = Email == citizen.Email ? null : Email;
        _prefilled = null;
    }

    /// <param name="channel">The wire name of the channel, or null where the server decides it (patronato, counter).</param>
    public RecordTicketRequest ToRequest(string? channel, int? line) => new(
        new CitizenInput(FiscalCode, Surname, GivenName, Phone, Email, Wire.Name(Preferred), WrittenConsent),
        ApplicationNumber,
        Category,
        Description,
        channel,
        line,
        Wire.Name(Caller),
        Wire.Name(Urgent ? Priority.Urgent : Priority.Normal));

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
