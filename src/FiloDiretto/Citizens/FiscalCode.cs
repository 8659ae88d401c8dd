using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using FiloDiretto.Platform.Localisation;

using static System.FormattableString;

namespace FiloDiretto.Citizens;

/// <summary>A codice fiscale (DM 23/12/1976): 16 characters for a person, or the 11-digit provisional form.</summary>
public sealed record FiscalCode
{
    private const string MonthLetters = "ABCDEHLMPRST";
    private const string OmocodiaLetters = "LMNPQRSTUV";
    private const string BirthplaceLetters = "ABCDEFGHILMZ";
    // Table D of the decree in Sogei's compact form: a character's value is its index here, a digit d counts as the d-th letter.
    private const string OddPositionValues = "BAKPLCQDREVOSFTGUHMINJWZYX";

    private static readonly SearchValues<char> LettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    // Zero-based positions 7, 8, 10, 11, 13, 14, 15: the only ones omocodia may turn into letters.
    private static readonly int[] OmocodicIndexes = [6, 7, 9, 10, 12, 13, 14];

    private FiscalCode(string value, string canonical, DateOnly? birthDate, char? sex, string? birthplaceCode)
    {
        Value = value;
        Canonical = canonical;
        BirthDate = birthDate;
        Sex = sex;
        BirthplaceCode = birthplaceCode;
    }

    /// <summary>Uppercase, without spaces, hyphens or dots; omocodia letters kept as given.</summary>
    public string Value { get; }

    /// <summary>The de-omocodised code with its check character recomputed: compare and look up people by this.</summary>
    public string Canonical { get; }

    public bool IsNumeric => Value.Length == 11;

    public DateOnly? BirthDate { get; }

    /// <summary><c>M</c> or <c>F</c>; null for the numeric form.</summary>
    public char? Sex { get; }

    /// <summary>Belfiore code of the comune, or Z + 3 digits for a foreign state, e.g. <c>E472</c>, <c>Z330</c>.</summary>
    public string? BirthplaceCode { get; }

    // First three and last character only: enough to tell codes apart, nothing about birth date, sex or birthplace.
    public string Masked => string.Concat(Value.AsSpan(0, 3), new string('*', Value.Length - 4), Value.AsSpan(Value.Length - 1));

    public static FiscalCodeResult Parse(string? input, DateOnly today)
    {
        string value = Normalise(input);
        if (value.Length == 0)
        {
            return Fail(FiscalCodeError.Empty, Messages.Get("FiscalCode.Empty"));
        }

        int invalid = value.AsSpan().IndexOfAnyExcept(LettersAndDigits);
        if (invalid >= 0)
        {
            return Fail(FiscalCodeError.Characters, Messages.Format("FiscalCode.Character", value[invalid]));
        }

        if (value.Length == 11)
        {
            return ParseNumeric(value);
        }

        return value.Length == 16
            ? ParsePersonal(value, today)
            : Fail(FiscalCodeError.Length, Messages.Format("FiscalCode.Length", value.Length));
    }

    public static bool TryParse(string? input, DateOnly today, [NotNullWhen(true)] out FiscalCode? code)
    {
        code = Parse(input, today).Code;
        return code is not null;
    }

    public override string ToString() => Value;

    private static FiscalCodeResult ParseNumeric(string value)
    {
        int nonDigit = value.AsSpan().IndexOfAnyExceptInRange('0', '9');
        if (nonDigit >= 0)
        {
            return Fail(FiscalCodeError.Characters, Messages.Format("FiscalCode.NumericDigits", nonDigit + 1, value[nonDigit]));
        }

        int expected = NumericCheckDigit(value);
        int found = value[10] - '0';
        return found == expected
            ? Valid(new FiscalCode(value, value, null, null, null))
            : Fail(FiscalCodeError.NumericCheckDigit, Messages.Format("FiscalCode.NumericCheckDigit", expected, found));
    }

    private static FiscalCodeResult ParsePersonal(string value, DateOnly today)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (PositionError(i, value[i]) is { } error)
            {
                return error;
            }
        }

        string canonical = Canonicalise(value);
        int dayAndSex = TwoDigits(canonical, 9);
        if (dayAndSex is not ((>= 1 and <= 31) or (>= 41 and <= 71)))
        {
            return Fail(FiscalCodeError.Day, Messages.Format("FiscalCode.Day", Invariant($"{dayAndSex:00}")));
        }

        int day = dayAndSex % 40;
        int month = MonthLetters.IndexOf(value[8], StringComparison.Ordinal) + 1;
        int year = (today.Year - (today.Year % 100)) + TwoDigits(canonical, 6);
        if (year > today.Year || (IsDate(year, month, day) && new DateOnly(year, month, day) > today))
        {
            year -= 100;
        }

        if (!IsDate(year, month, day))
        {
            return Fail(FiscalCodeError.Date, Messages.Format("FiscalCode.Date", Invariant($"{day:00}"), Invariant($"{month:00}"), Invariant($"{year}")));
        }

        string birthplace = canonical.Substring(11, 4);
        if (birthplace.EndsWith("000", StringComparison.Ordinal))
        {
            return Fail(FiscalCodeError.Birthplace, Messages.Format("FiscalCode.BirthplaceZeros", birthplace));
        }

        char expected = CheckCharacter(value.AsSpan(0, 15));
        if (value[15] != expected)
        {
            return Fail(FiscalCodeError.CheckCharacter, Messages.Format("FiscalCode.CheckCharacter", expected, value[15]));
        }

        return Valid(new FiscalCode(value, canonical, new DateOnly(year, month, day), dayAndSex > 40 ? 'F' : 'M', birthplace));
    }

    private static FiscalCodeResult? PositionError(int index, char c) => index switch
    {
        8 when !MonthLetters.Contains(c, StringComparison.Ordinal) => Fail(FiscalCodeError.Month, Messages.Format("FiscalCode.Month", c)),
        11 when !BirthplaceLetters.Contains(c, StringComparison.Ordinal) => Fail(FiscalCodeError.Birthplace, Messages.Format("FiscalCode.BirthplaceLetter", c)),
        < 6 when !char.IsAsciiLetterUpper(c) => Fail(FiscalCodeError.Structure, Messages.Format("FiscalCode.Letter", index + 1, PartOf(index), c)),
        15 when !char.IsAsciiLetterUpper(c) => Fail(FiscalCodeError.Structure, Messages.Format("FiscalCode.CheckLetter", c)),
        6 or 7 or 9 or 10 or 12 or 13 or 14 when Digit(c) < 0 => Fail(FiscalCodeError.Structure, Messages.Format("FiscalCode.Digit", index + 1, PartOf(index), c)),
        _ => null,
    };

    private static string PartOf(int index) => index switch
    {
        < 3 => Messages.Get("FiscalCode.Part.Surname"),
        < 6 => Messages.Get("FiscalCode.Part.GivenName"),
        < 8 => Messages.Get("FiscalCode.Part.Year"),
        < 11 => Messages.Get("FiscalCode.Part.Day"),
        _ => Messages.Get("FiscalCode.Part.Birthplace"),
    };

    private static string Normalise(string? input) =>
        input is null ? "" : string.Concat(input.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '.'))).ToUpperInvariant();

    private static string Canonicalise(string value)
    {
        char[] chars = value.ToCharArray();
        foreach (int i in OmocodicIndexes)
        {
            chars[i] = (char)('0' + Digit(chars[i]));
        }

        chars[15] = CheckCharacter(chars.AsSpan(0, 15));
        return new string(chars);
    }

    internal static char CheckCharacter(ReadOnlySpan<char> first15)
    {
        int sum = 0;
        for (int i = 0; i < first15.Length; i++)
        {
            char c = first15[i];
            bool oddPosition = i % 2 == 0;
            sum += (oddPosition, char.IsAsciiDigit(c)) switch
            {
                (true, true) => OddPositionValues.IndexOf((char)('A' + (c - '0')), StringComparison.Ordinal),
                (true, false) => OddPositionValues.IndexOf(c, StringComparison.Ordinal),
                (false, true) => c - '0',
                (false, false) => c - 'A',
            };
        }

        return (char)('A' + (sum % 26));
    }

    // The Partita IVA check digit (Luhn-like): digits in even positions are doubled, minus 9 above 9.
    private static int NumericCheckDigit(string value)
    {
        int sum = 0;
        for (int i = 0; i < 10; i++)
        {
            int digit = value[i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The digit a position stands for (omocodia letters mapped back), or -1.</summary>
    private static int Digit(char c) =>
        char.IsAsciiDigit(c) ? c - '0' : OmocodiaLetters.IndexOf(c, StringComparison.Ordinal);

    private static int TwoDigits(string canonical, int index) => ((canonical[index] - '0') * 10) + (canonical[index + 1] - '0');

    private static bool IsDate(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month);

    private static FiscalCodeResult Valid(FiscalCode code) => new(code, null, null);

    private static FiscalCodeResult Fail(FiscalCodeError error, string message) => new(null, error, message);
}

/// <summary>Either a code, or the rule it broke with an Italian message for the operator.</summary>
public readonly record struct FiscalCodeResult(FiscalCode? Code, FiscalCodeError? Error, string? Message)
{
    [MemberNotNullWhen(true, nameof(Code))]
    public bool IsValid => Code is not null;
}
