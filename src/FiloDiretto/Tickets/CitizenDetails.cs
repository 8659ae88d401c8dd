namespace FiloDiretto.Tickets;

/// <summary>The caller's identity and contacts as recorded on a ticket (personal data, GDPR).</summary>
/// <param name="FiscalCode">As given, possibly in omocodic form.</param>
/// <param name="FiscalCodeKey">De-omocodised form: the key that finds every ticket of the same person.</param>
/// <param name="Phone">E.164.</param>
/// <param name="WrittenConsent">The citizen agreed to receive e-mails or text messages about the ticket.</param>
public sealed record CitizenDetails(
    string FiscalCode,
    string FiscalCodeKey,
    string Surname,
    string GivenName,
    string Phone,
    string? Email,
    PreferredChannel Preferred = PreferredChannel.Phone,
    bool WrittenConsent = false);
