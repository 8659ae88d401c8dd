using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

public sealed class LineRequest
{
    public int? Number { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public Area? Area { get; set; }

    /// <summary>Empty: every phone operator of the office answers the line.</summary>
    public List<string> OperatorIds { get; set; } = [];

    public List<HoursRequest> Hours { get; set; } = [];
}

public sealed class HoursRequest
{
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }
}

/// <summary>A line's number (what tickets record), name, the number citizens dial (which may come later), area, operators and weekly hours.</summary>
public sealed record LineTerms(int Number, string Name, string Phone, Area? Area, IReadOnlyList<string> OperatorIds, IReadOnlyList<OpeningSpan> Hours)
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

        var hours = ValidHours(request.Hours, validation, text);
        return validation.IsValid
            ? new LineTerms(request.Number!.Value, name!, phone, request.Area, [.. request.OperatorIds.Distinct()], hours)
            : null;
    }

    /// <summary>Each span named by its place (<c>Hours[1].To</c>): from before to, and no two spans of a day overlapping.</summary>
    private static List<OpeningSpan> ValidHours(List<HoursRequest> requested, Validation validation, IStringLocalizer<AdminOutcome> text)
    {
        var hours = new List<OpeningSpan>();
        for (var i = 0; i < requested.Count; i++)
        {
            var (from, to) = (requested[i].From, requested[i].To);
            if (from is null || to is null || from >= to)
            {
                validation.Add($"Hours[{i}].To", text["HoursOrder"]);
                continue;
            }

            var span = new OpeningSpan(requested[i].Day, from.Value, to.Value);
            if (hours.Exists(h => h.Day == span.Day && h.From < span.To && span.From < h.To))
            {
                validation.Add($"Hours[{i}].From", text["HoursOverlap"]);
                continue;
            }

            hours.Add(span);
        }

        return [.. hours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.From)];
    }

    /// <summary>Whether every chosen operator is a phone operator of the office: another office's user never answers its lines.</summary>
    public async Task<bool> OperatorsBelongAsync(AppDbContext db, int officeId, CancellationToken ct) =>
        OperatorIds.Count == 0
        || await db.Users.CountAsync(u => u.OfficeId == officeId && u.Role == Role.PhoneOperator && OperatorIds.Contains(u.Id), ct) == OperatorIds.Count;

    public void ApplyTo(PhoneLine line)
    {
        line.Number = Number;
        line.Name = Name;
        line.Phone = Phone;
        line.Area = Area;
        line.OperatorIds = [.. OperatorIds];
        line.Hours = [.. Hours];
    }
}
