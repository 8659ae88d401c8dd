namespace FiloDiretto.Offices;

/// <summary>A patronato (or association) that files tickets on behalf of the citizens it assists.</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
