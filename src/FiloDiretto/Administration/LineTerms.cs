using FiloDiretto.Citizens;
using FiloDiretto.Offices;
using FiloDiretto.Platform;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

public sealed class LineRequest
{
    public int? Number { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
}

/// <summary>A line's number (what tickets record), name and the number citizens dial, which may come later.</summary>
public sealed record LineTerms(int Number, string Name, string Phone)
{
    public const int MaxNumber = 99;

    public static LineTerms? Validate(LineRequest request, Validation validation, IStringLocalizer<AdminOutcome> text)
    {
        if (request.Number is not (>= 1 and <= MaxNumber))
        {
            validation.Add(nameof(request.Number), text["LineNumber", MaxNumber]);
        }

        var name = validation.Text(nameof(request.Name), request.Name, 100);
        var phone = "";
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            var parsed = ItalianPhone.Parse(request.Phone);
            if (parsed.IsValid)
            {
                phone = parsed.Phone.E164;
            }
            else
            {
                validation.Add(nameof(request.Phone), parsed.Message!);
            }
        }

        return validation.IsValid ? new LineTerms(request.Number!.Value, name!, phone) : null;
    }

    public void ApplyTo(PhoneLine line)
    {
        line.Number = Number;
        line.Name = Name;
        line.Phone = Phone;
    }
}
