namespace FiloDiretto.Categories;

/// <summary>The back-office group a category routes to.</summary>
public enum Area
{
    Medical,
    Administrative,
    Payments,
    Legal,
}

public static class AreaLabels
{
    /// <summary>The Italian name of the back-office group, as the office says it.</summary>
    public static string Label(this Area area) => area switch
    {
        Area.Medical => "Sanitaria",
        Area.Administrative => "Amministrativa",
        Area.Payments => "Pagamenti",
        Area.Legal => "Legale",
        _ => area.ToString(),
    };
}
