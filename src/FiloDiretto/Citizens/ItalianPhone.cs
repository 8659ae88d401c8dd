using System.Buffers;
using System.Diagnostics.CodeAnalysis;

using PhoneNumbers;

namespace FiloDiretto.Citizens;

/// <summary>A phone number in E.164 (+39 keeps the landline's leading 0, e.g. <c>+390773123456</c>); foreign numbers allowed.</summary>
public sealed record ItalianPhone(string E164, bool IsMobile)
{
    private const string DefaultRegion = "IT";
    private const string TooShort = "Il numero è troppo corto: mancano delle cifre.";
    private const string TooLong = "Il numero è troppo lungo: ci sono cifre in più.";
    private const string UnknownCountryCode = "Il prefisso internazionale non è valido.";

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    // libphonenumber reads letters as a keypad spelling ("347ABC4567" becomes a valid mobile), so they are refused up front.
    private static readonly SearchValues<char> AllowedCharacters = SearchValues.Create("0123456789+-/.() ");

    /// <summary>Country code, first group and last two digits only, e.g. <c>+39 347 *** **67</c>: for logs and lists.</summary>
    public string Masked => Mask(E164);

    public static ItalianPhoneResult Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail("Inserire il numero di telefono.");
        }

        string text = input.Trim();
        int invalid = text.AsSpan().IndexOfAnyExcept(AllowedCharacters);
        if (invalid >= 0)
        {
            return Fail($"Il carattere '{text[invalid]}' non è ammesso: usare solo cifre, spazi e i simboli + / - . ( ).");
        }

        PhoneNumber number;
        try
        {
            number = Numbers.Parse(text, DefaultRegion);
        }
        catch (NumberParseException e)
        {
            return Fail(e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => UnknownCountryCode,
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => TooShort,
                ErrorType.TOO_LONG => TooLong,
                _ => "Il testo inserito non è un numero di telefono.",
            });
        }

        if (!Numbers.IsValidNumber(number))
        {
            return Fail(Numbers.IsPossibleNumberWithReason(number) switch
            {
                PhoneNumberUtil.ValidationResult.TOO_SHORT => TooShort,
                PhoneNumberUtil.ValidationResult.TOO_LONG => TooLong,
                PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => UnknownCountryCode,
                _ => "Il numero non è valido: controllare il prefisso e le cifre.",
            });
        }

        PhoneNumberType type = Numbers.GetNumberType(number);

        // A callback to a premium-rate number (89x) would cost the office money, so it is never a contact number.
        if (type == PhoneNumberType.PREMIUM_RATE)
        {
            return Fail("I numeri a pagamento (come 899 o 892) non sono ammessi come recapito.");
        }

        bool isMobile = type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
        return new ItalianPhoneResult(new ItalianPhone(Numbers.Format(number, PhoneNumberFormat.E164), isMobile), null);
    }

    public static bool TryParse(string? input, [NotNullWhen(true)] out ItalianPhone? phone)
    {
        phone = Parse(input).Phone;
        return phone is not null;
    }

    private static ItalianPhoneResult Fail(string message) => new(null, message);

    private static string Mask(string e164)
    {
        string shown;
        try
        {
            shown = Numbers.Format(Numbers.Parse(e164, "ZZ"), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            // Only reachable for a value not made by Parse: mask it all but the tail rather than fail a log line.
            shown = e164;
        }

        int countryEnd = shown.IndexOf(' ', StringComparison.Ordinal);
        int groupEnd = countryEnd < 0 ? -1 : shown.AsSpan(countryEnd + 1).IndexOfAny(' ', '-');
        int lastShown = groupEnd < 0 ? countryEnd : countryEnd + 1 + groupEnd;
        char[] chars = shown.ToCharArray();
        int tailDigits = 2;
        for (int i = chars.Length - 1; i > lastShown; i--)
        {
            if (!char.IsAsciiDigit(chars[i]))
            {
                continue;
            }

            if (tailDigits > 0)
            {
                tailDigits--;
            }
            else
            {
                chars[i] = '*';
            }
        }

        return new string(chars);
    }
}

/// <summary>Either a phone, or an Italian message for the operator saying what is wrong.</summary>
public readonly record struct ItalianPhoneResult(ItalianPhone? Phone, string? Message)
{
    [MemberNotNullWhen(true, nameof(Phone))]
    public bool IsValid => Phone is not null;
}
