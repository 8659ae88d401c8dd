namespace FiloDiretto.Categories;

/// <summary>The back-office group a category routes to.</summary>
public enum Area
{
    Medical,
    Administrative,
    Payments,
    Legal,
}
