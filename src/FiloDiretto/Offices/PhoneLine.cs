using FiloDiretto.Categories;

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

    /// <summary>The back-office area the line is dedicated to, if any.</summary>
    public Area? Area { get; set; }

    /// <summary>The users who answer the line; empty means every phone operator of the office.</summary>
    public List<string> OperatorIds { get; set; } = [];

    /// <summary>Weekly opening hours, local time of the office; closed on national holidays and office closed days.</summary>
    public List<OpeningSpan> Hours { get; set; } = [];

    /// <summary>The seed practice: five mornings a week, 8:30 to 12:30.</summary>
    public static List<OpeningSpan> DefaultHours() =>
        [.. Enumerable.Range((int)DayOfWeek.Monday, 5).Select(d => new OpeningSpan((DayOfWeek)d, new TimeOnly(8, 30), new TimeOnly(12, 30)))];
}

/// <summary>One span of a line's week, e.g. Monday 8:30–12:30; a day may have several.</summary>
public sealed record OpeningSpan(DayOfWeek Day, TimeOnly From, TimeOnly To);
