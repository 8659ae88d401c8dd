namespace FiloDiretto.Audit;

public enum ChainProblem
{
    /// <summary>The entry is absent; <see cref="BrokenLink.Detail"/> is the next one present.</summary>
    Missing,

    /// <summary>The entry's previous hash is not the hash of the entry before it.</summary>
    Relinked,

    /// <summary>The entry's fields do not give its hash.</summary>
    Altered,

    /// <summary>Entries after this one were removed; <see cref="BrokenLink.Detail"/> is the counter's last number.</summary>
    Truncated,
}

/// <summary>The first place where an office's chain does not hold.</summary>
public sealed record BrokenLink(int OfficeId, string OfficeCode, long Seq, ChainProblem Problem, long Detail = 0);

public sealed record ChainReport(long Checked, BrokenLink? Broken)
{
    public bool Intact => Broken is null;
}
