using System.Collections.Frozen;

namespace FiloDiretto.Intake;

/// <summary>The comune or foreign state a Belfiore code stands for (Birthplaces.tsv says where the list comes from).</summary>
public static class Birthplaces
{
    private static readonly Lazy<FrozenDictionary<string, string>> Names = new(Load);

    /// <summary>"Latina (LT)" for a comune, "Marocco" for a foreign state; null for a code the list does not know.</summary>
    public static string? Describe(string belfioreCode) => Names.Value.GetValueOrDefault(belfioreCode.ToUpperInvariant());

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(Birthplaces).Assembly.GetManifestResourceStream("FiloDiretto.Intake.Birthplaces.tsv")
            ?? throw new InvalidOperationException("Birthplaces.tsv is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            names[fields[0]] = fields.Length > 2 ? $"{fields[1]} ({fields[2]})" : fields[1];
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
