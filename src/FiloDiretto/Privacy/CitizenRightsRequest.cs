using FiloDiretto.Citizens;
using FiloDiretto.Platform;

namespace FiloDiretto.Privacy;

/// <summary>
/// A data-subject request (GDPR arts. 15, 17, 20) as the office received it: whose data, and the protocol number
/// under which the request was filed. Sent in a POST body, never in a URL that gets logged.
/// </summary>
public sealed record CitizenRightsRequest(string? FiscalCode, string? Reference)
{
    public const int MaxReferenceLength = 50;

    /// <summary>The canonical fiscal code (the key of the citizen's tickets) and the reference; errors go to <paramref name="validation"/>.</summary>
    public (string? Key, string? Reference) Read(DateOnly today, Validation validation)
    {
        var parsed = Citizens.FiscalCode.Parse(FiscalCode ?? "", today);
        if (!parsed.IsValid)
        {
            validation.Add("fiscalCode", parsed.Message!);
        }

        var reference = validation.Text("reference", Reference, MaxReferenceLength);
        return (parsed.Code?.Canonical, reference);
    }
}
