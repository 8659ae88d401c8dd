namespace FiloDiretto.Offices;

/// <summary>A dedicated phone line of the office (the seed ran two, five mornings a week).</summary>
public sealed class PhoneLine
{
    public int Id { get; set; }
    public int OfficeId { get; set; }

    /// <summary>The number operators and tickets use for the line: 1, 2, …</summary>
    public int Number { get; set; }

    public required string Name { get; set; }

    /// <summary>E.164 number citizens dial.</summary>
    public required string Phone { get; set; }
}
