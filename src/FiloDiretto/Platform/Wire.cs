using System.Collections.Concurrent;
using System.Text;

namespace FiloDiretto.Platform;

/// <summary>The API's spelling of enum values given by clients: lower-case, words joined by hyphens (<c>no-answer</c>).</summary>
public static class Wire
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Name<T>(T value) where T : struct, Enum =>
        Names.GetOrAdd(value, static v => Kebab(v.ToString()));

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Name(v)));

    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
