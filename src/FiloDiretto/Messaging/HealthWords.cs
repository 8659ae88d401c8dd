using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FiloDiretto.Messaging;

/// <summary>
/// Words that would tell a reader of an e-mail or text message something about the citizen's health: a template
/// that contains one is refused (Codice privacy art. 2-septies: health data are never disclosed). The list is in
/// docs/OPERATIONS.md; it guards the office's own wording, while the placeholders never carry such data at all.
/// </summary>
public static partial class HealthWords
{
    public static readonly IReadOnlyList<string> All =
    [
        "diagnosi", "patologia", "patologie", "malattia", "malattie", "terapia", "terapie", "invalidità", "invalido",
        "invalida", "handicap", "disabilità", "disabile", "visita medica", "commissione medica", "certificato medico",
        "percentuale", "ricovero", "sanitario", "sanitaria", "legge 104", "accompagnamento",
    ];

    private static readonly Regex[] Patterns = [.. All.Select(word => new Regex(
        $@"(?<!\w){Regex.Escape(Plain(word)).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];

    /// <summary>The first health word in <paramref name="text"/>, as the list spells it; accents and case do not hide it.</summary>
    public static string? FirstIn(string text)
    {
        var plain = Plain(text);
        for (var i = 0; i < Patterns.Length; i++)
        {
            if (Patterns[i].IsMatch(plain))
            {
                return All[i];
            }
        }

        return null;
    }

    /// <summary>Lower case without accents, so "INVALIDITA'" typed without the accent is caught too.</summary>
    private static string Plain(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
