using FiloDiretto.Citizens;

namespace FiloDiretto.Intake;

/// <summary>A fiscal code checked while the operator types it: a reason as soon as no ending could make it right, not before.</summary>
public static class TypedFiscalCode
{
    // Completes the beginning of a personal code with characters each position allows, so only the typed part can be wrong.
    private const string Completion = "AAAAAA00A01A001X";

    /// <param name="finished">The operator has left the field: a code that is only too short is wrong too.</param>
    /// <returns>The code when valid; otherwise the reason to show, or null while what is typed can still become a code.</returns>
    public static (FiscalCode? Code, string? Reason) Check(string? input, DateOnly today, bool finished)
    {
        var result = FiscalCode.Parse(input, today);
        if (result.IsValid || result.Error == FiscalCodeError.Empty)
        {
            return (result.Code, null);
        }

        var typed = Significant(input);
        if (finished || typed is null || typed.Length >= 16 || result.Error is not (FiscalCodeError.Length or FiscalCodeError.Characters))
        {
            return (null, result.Message);
        }

        if (typed.All(char.IsAsciiDigit))
        {
            return (null, typed.Length < 11 ? null : result.Message);
        }

        var completed = FiscalCode.Parse(typed + Completion[typed.Length..], today);
        return completed.Error is FiscalCodeError.Structure or FiscalCodeError.Month or FiscalCodeError.Day or FiscalCodeError.Birthplace
            ? (null, completed.Message)
            : (null, null);
    }

    /// <summary>The letters and digits typed, upper case; null when there is a character a code never has.</summary>
    private static string? Significant(string? input)
    {
        var text = input ?? "";
        return text.All(c => char.IsAsciiLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '-' or '.')
            ? string.Concat(text.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant()
            : null;
    }
}
