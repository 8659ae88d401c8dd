namespace FiloDiretto.Audit;

/// <summary>What a user did with a citizen's data.</summary>
public enum AccessAction
{
    Read,
    Reveal,
    Create,
    Change,
    Export,
    Erase,
}
