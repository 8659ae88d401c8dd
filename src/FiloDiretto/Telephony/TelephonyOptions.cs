namespace FiloDiretto.Telephony;

/// <summary>The <c>Telephony</c> section: each office's telephone system.</summary>
public sealed class TelephonyOptions
{
    public const string Section = "Telephony";

    /// <summary>By office code, e.g. <c>Telephony:Offices:LT:Secret</c>.</summary>
    public Dictionary<string, CtiOffice> Offices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public ClickToDialOptions ClickToDial { get; set; } = new();
}

/// <summary>The telephone system's click-to-dial endpoint (docs/TELEPHONY.md); no <see cref="Url"/>: numbers are plain <c>tel:</c> links.</summary>
public sealed class ClickToDialOptions
{
    public string? Url { get; set; }

    public string? Key { get; set; }

    public string KeyHeader { get; set; } = "X-Api-Key";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url);
}

public sealed class CtiOffice
{
    /// <summary>Sent by the PBX in the <see cref="CtiKeys.Header"/> header; at least 16 characters.</summary>
    public string? Secret { get; set; }

    /// <summary>Extension → user name, for a PBX that names the operator by extension rather than by user name.</summary>
    public Dictionary<string, string> Extensions { get; set; } = [];
}
