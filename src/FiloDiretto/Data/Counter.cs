namespace FiloDiretto.Data;

/// <summary>A named number handed out in commit order (event sequence, yearly ticket numbers).</summary>
public sealed class Counter
{
    public required string Name { get; set; }
    public long Value { get; set; }
}
