using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using FiloDiretto.Platform.Localisation;
using PhoneNumbers;


namespace FiloDiretto.Citizens;

/// <summary>A phone number in E.164 (+39 keeps the landline's leading 0, e.g. <c>+390773123456</c>); foreign numbers allowed.</summary>
public sealed record ItalianPhone(string E164, bool IsMobile)
{
    private const string DefaultRegion = "IT";

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    // libphonenumber reads letters as a keypad spelling ("347ABC4567" becomes a valid mobile), so they are refused up front.
    private static readonly SearchValues<char> AllowedCharacters = SearchValues.Create("0123456789+-/.() ");

    /// <summary>Country code, first group and last two digits only, e.g. <c>+39 347 *** **67</c>: for logs and lists.</summary>
    public string Masked => Mask(E164);

    public static ItalianPhoneResult Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail(Messages.Get("Phone.Empty"));
        }

        string text = input.Trim();
        int invalid = text.AsSpan().IndexOfAnyExcept(AllowedCharacters);
        if (invalid >= 0)
        {
            return Fail(Messages.Format("Phone.Character", text[invalid]));
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
                ErrorType.INVALID_COUNTRY_CODE => Messages.Get("Phone.CountryCode"),
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => Messages.Get("Phone.TooShort"),
                ErrorType.TOO_LONG => Messages.Get("Phone.TooLong"),
                _ => Messages.Get("Phone.NotANumber"),
            });
        }

        if (!Numbers.IsValidNumber(number))
        {
            return Fail(Numbers.IsPossibleNumberWithReason(number) switch
            {
                PhoneNumberUtil.ValidationResult.TOO_SHORT => Messages.Get("Phone.TooShort"),
                PhoneNumberUtil.ValidationResult.TOO_LONG => Messages.Get("Phone.TooLong"),
                PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => Messages.Get("Phone.CountryCode"),
                _ => Messages.Get("Phone.Invalid"),
            });
        }

        PhoneNumberType type = Numbers.GetNumberType(number);

        // A callback to a premium-rate number (89x) would cost the office money, so it is never a contact number.
        if (type == PhoneNumberType.PREMIUM_RATE)
        {
            return Fail(Messages.Get("Phone.PremiumRate"));
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
