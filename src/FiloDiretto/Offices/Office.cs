namespace FiloDiretto.Offices;

/// <summary>An INPS office that runs the practice; every row of office data carries its id.</summary>
public sealed class Office
{
    public int Id { get; set; }

    /// <summary>The short code that prefixes ticket codes, e.g. <c>LT</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<OfficeClosure> Closures { get; set; } = [];
}

/// <summary>A day the office is closed besides weekends and national holidays (e.g. the patron saint).</summary>
public sealed class OfficeClosure
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public DateOnly Day { get; set; }
    public required string Reason { get; set; }
}
