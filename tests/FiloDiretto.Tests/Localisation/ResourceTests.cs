using System.Text.RegularExpressions;
using System.Xml.Linq;
using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Localisation;

/// <summary>Italian is the resource files' neutral language; English must be complete and say the same things.</summary>
public sealed partial class ResourceTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot(), "src", "FiloDiretto");

    public static TheoryData<string> ItalianFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Source, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !IsBuildOutput(f)))
        {
            data.Add(Path.GetRelativePath(Source, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ItalianFiles))]
    public void EveryItalianTextHasAnEnglishOneWithTheSamePlaceholders(string file)
    {
        var italian = Read(Path.Combine(Source, file));
        var englishFile = Path.Combine(Source, Path.ChangeExtension(file, ".en.resx"));
        Assert.True(File.Exists(englishFile), $"{file} has no English counterpart.");
        var english = Read(englishFile);

        Assert.Equal(italian.Keys.Order(), english.Keys.Order());
        foreach (var (key, text) in italian)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{file}: '{key}' is empty.");
            Assert.False(string.IsNullOrWhiteSpace(english[key]), $"English {file}: '{key}' is empty.");
            Assert.True(Placeholders(text).SetEquals(Placeholders(english[key])), $"{file}: '{key}' has other placeholders in English.");
        }
    }

    [Fact]
    public void EveryKeyAScreenAsksForExists()
    {
        var missing = new List<string>();
        foreach (var razor in Directory.EnumerateFiles(Source, "*.razor", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var text = File.ReadAllText(razor);
            foreach (Match inject in Injection().Matches(text))
            {
                var (type, name) = (inject.Groups["type"].Value, inject.Groups["name"].Value);
                var resx = Directory.EnumerateFiles(Source, type + ".resx", SearchOption.AllDirectories).SingleOrDefault(f => !IsBuildOutput(f));
                if (resx is null)
                {
                    missing.Add($"{Path.GetFileName(razor)}: no {type}.resx");
                    continue;
                }

                var keys = Read(resx).Keys.ToHashSet();
                missing.AddRange(Lookup(name).Matches(text).Select(m => m.Groups["key"].Value).Where(k => !keys.Contains(k))
                    .Select(k => $"{Path.GetFileName(razor)}: {type}.resx has no '{k}'"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryValueOfTheVocabularyHasAWord()
    {
        var keys = Read(Path.Combine(Source, "Platform", "Localisation", "Vocabulary.resx")).Keys.ToHashSet();
        Enum[] values =
        [
            .. Enum.GetValues<TicketStatus>().Cast<Enum>(), .. Enum.GetValues<Area>().Cast<Enum>(), .. Enum.GetValues<Channel>().Cast<Enum>(),
            .. Enum.GetValues<CallerKind>().Cast<Enum>(), .. Enum.GetValues<Priority>().Cast<Enum>(), .. Enum.GetValues<ContactChannel>().Cast<Enum>(),
            .. Enum.GetValues<ContactOutcome>().Cast<Enum>(), .. Enum.GetValues<EventKind>().Cast<Enum>(), .. Enum.GetValues<Role>().Cast<Enum>(),
        ];

        var missing = values.Select(v => $"{v.GetType().Name}.{v}").Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Vocabulary.resx lacks " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryMessageTheCodeAsksForExists()
    {
        var keys = Read(Path.Combine(Source, "Platform", "Localisation", "Messages.resx")).Keys.ToHashSet();
        var asked = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f))
            .SelectMany(f => MessageKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Concat(Enum.GetValues<TicketStatus>().Select(s => $"Status.{s}"))
            .ToHashSet();

        Assert.Contains("Validation.Required", asked);
        var missing = asked.Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Messages.resx lacks " + string.Join(", ", missing));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static Regex Lookup(string name) => new(Regex.Escape(name) + @"\[""(?<key>[^""]+)""");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FiloDiretto.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }

    [GeneratedRegex(@"@inject\s+IStringLocalizer<(?<type>\w+)>\s+(?<name>\w+)")]
    private static partial Regex Injection();

    // Messages.Get("Key") / Messages.Format("Key", …), and the action names handed to the ticket's refusals.
    [GeneratedRegex(@"(Messages\.(Get|Format)\(""(?<key>[^""]+)""|""(?<key>Action\.\w+)"")")]
    private static partial Regex MessageKey();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
