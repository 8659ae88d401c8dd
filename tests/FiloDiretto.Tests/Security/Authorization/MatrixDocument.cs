using System.Text;
using FiloDiretto.Accounts;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>The role table of docs/security/matrix.md, written from <see cref="Classification"/> so the document cannot drift.</summary>
public static class MatrixDocument
{
    public const string Start = "<!-- matrix:start (written by the tests from Classification.cs: UPDATE_MATRIX=1 dotnet test --filter MatrixDocument) -->";
    public const string End = "<!-- matrix:end -->";

    public static string Path => System.IO.Path.Combine(RepositoryRoot(), "docs", "security", "matrix.md");

    public static string Table()
    {
        var roles = Enum.GetValues<Role>();
        var text = new StringBuilder();
        text.Append("| Endpoint | Anonymous | ").AppendJoin(" | ", roles).AppendLine(" |");
        text.Append("|---|---|").AppendJoin("", roles.Select(_ => "---|")).AppendLine();
        foreach (var (key, access) in Classification.Expected.OrderBy(e => Route(e.Key), StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append("| `").Append(key).Append("` | ").Append(Mark(access.Admits(null))).Append(" | ")
                .AppendJoin(" | ", roles.Select(r => Mark(access.Admits(r)))).AppendLine(" |");
        }

        return text.ToString();
    }

    /// <summary>The committed document with its table replaced by the current one.</summary>
    public static string Rewrite(string document)
    {
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{Path} has lost its markers {Start} … {End}.");
        return string.Concat(document.AsSpan(0, start + Start.Length), "\n", Table(), document.AsSpan(end));
    }

    private static string Route(string key) => key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    private static string Mark(bool admitted) => admitted ? "✓" : "·";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "FiloDiretto.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
