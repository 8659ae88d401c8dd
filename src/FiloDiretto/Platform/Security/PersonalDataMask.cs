using System.Text.RegularExpressions;

namespace FiloDiretto.Platform.Security;

/// <summary>Masks what looks like a fiscal code or a phone number in free text, the way FiscalCode.Masked and ItalianPhone.Masked do.</summary>
public static partial class PersonalDataMask
{
    public static string Apply(string text) =>
        Phone().Replace(FiscalCode().Replace(text, m => string.Concat(m.ValueSpan[..3], "************", m.ValueSpan[^1..])), MaskPhone);

    private static string MaskPhone(Match match) =>
        string.Concat(match.Value.AsSpan(0, Math.Min(3, match.Length)), "*****", match.Value.AsSpan(match.Length - 2));

    // Sixteen characters with the omocodia letters (LMNPQRSTUV) allowed wherever a digit is; no word boundary, so a mistyped code with a character too many is masked too.
    [GeneratedRegex("[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]")]
    private static partial Regex FiscalCode();

    // Italian mobiles (3xx) and landlines (0x), with or without +39/0039 and with the usual separators; 8 to 13 digits.
    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|%2B|00)39[\s./-]?)?(?:3\d{2}|0\d{1,4})(?:[\s./-]?\d){5,8}(?![\w])")]
    private static partial Regex Phone();
}
