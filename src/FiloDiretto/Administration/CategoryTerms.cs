using FiloDiretto.Categories;
using FiloDiretto.Platform;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Administration;

public sealed class CategoryRequest
{
    public string? Code { get; set; }
    public string? Label { get; set; }
    public Area? Area { get; set; }
    public int? TargetWorkingDays { get; set; }
    public bool FailureDemand { get; set; }
}

/// <summary>What an administrator may set on a category, new or existing: all but its code, which tickets keep.</summary>
public sealed record CategoryTerms(string Label, Area Area, int TargetWorkingDays, bool FailureDemand)
{
    public const int MaxTargetWorkingDays = 120;

    public static CategoryTerms? Validate(CategoryRequest request, Validation validation, IStringLocalizer<AdminOutcome> text)
    {
        var label = validation.Text(nameof(request.Label), request.Label, 200);
        if (request.Area is not { } area || !Enum.IsDefined(area))
        {
            validation.Add(nameof(request.Area), text["CategoryAreaRequired"]);
        }

        if (request.TargetWorkingDays is not (>= 1 and <= MaxTargetWorkingDays))
        {
            validation.Add(nameof(request.TargetWorkingDays), text["TargetWorkingDays", MaxTargetWorkingDays]);
        }

        return validation.IsValid ? new CategoryTerms(label!, request.Area!.Value, request.TargetWorkingDays!.Value, request.FailureDemand) : null;
    }

    public void ApplyTo(Category category)
    {
        category.Label = Label;
        category.Area = Area;
        category.TargetWorkingDays = TargetWorkingDays;
        category.FailureDemand = FailureDemand;
    }
}
