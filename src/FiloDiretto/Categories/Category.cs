namespace FiloDiretto.Categories;

/// <summary>What a citizen phones about; routes the ticket to an area and sets its feedback target.</summary>
public sealed class Category
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public required string Code { get; set; }
    public required string Label { get; set; }
    public Area Area { get; set; }
    public int TargetWorkingDays { get; set; }

    /// <summary>Demand caused by a failure to do something right for the citizen (Seddon).</summary>
    public bool FailureDemand { get; set; }

    public bool Active { get; set; } = true;
}
