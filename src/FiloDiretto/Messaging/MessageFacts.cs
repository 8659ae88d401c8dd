using System.Globalization;
using System.Text.RegularExpressions;

namespace FiloDiretto.Messaging;

/// <summary>The text of a template (<see cref="Subject"/> for e-mail only), before or after its placeholders are filled.</summary>
public sealed record TemplateText(string? Subject, string Body);

public sealed record RenderedText(string? Subject, string Body);

/// <summary>
/// What a message may say about a ticket: its code, dates and how to reach the office. Never its category,
/// description, notes or feedback, which can reveal the citizen's health (GDPR art. 9, Codice privacy art. 2-septies).
/// </summary>
public sealed partial record MessageFacts(string Code, DateOnly ExpectedDate, string Office, string OfficePhone, DateOnly DocumentsBy)
{
    /// <summary>The placeholders a template may use, in the order the editor lists them.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["codice", "data_prevista", "entro", "ufficio", "telefono_ufficio"];

    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>A ticket as the preview and the length check imagine it, with the office's real name and phone.</summary>
    public static MessageFacts Sample(string office, string officePhone) =>
        new("LT-2026-000123", new DateOnly(2026, 5, 15), office, officePhone, new DateOnly(2026, 5, 29));

    public string? Value(string placeholder) => placeholder switch
    {
        "codice" => Code,
        "data_prevista" => ExpectedDate.ToString("d", Italian),
        "entro" => DocumentsBy.ToString("d", Italian),
        "ufficio" => Office,
        "telefono_ufficio" => OfficePhone,
        _ => null,
    };

    public RenderedText Fill(TemplateText template) =>
        new(template.Subject is null ? null : Fill(template.Subject), Fill(template.Body));

    /// <summary>The names in braces that are not placeholders, in order of appearance.</summary>
    public static IEnumerable<string> Unknown(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Where(name => !Placeholders.Contains(name)).Distinct();

    private string Fill(string text) => PlaceholderPattern().Replace(text, m => Value(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex PlaceholderPattern();
}
