using System.Globalization;
using System.Text;
using FiloDiretto.Categories;

namespace FiloDiretto.Intake;

/// <summary>
/// Type-to-search over the office's categories: every word typed must begin a word of the code or of the label,
/// ignoring case and accents ("verb" finds "Verbale non ricevuto", "pag arr" finds "Pagamento non arrivato / arretrati").
/// </summary>
public sealed class CategorySearch
{
    private readonly List<(Category Category, string Code, string[] Words)> _entries;

    public CategorySearch(IEnumerable<Category> categories)
    {
        var italian = CultureInfo.GetCultureInfo("it-IT").CompareInfo;
        _entries = categories
            .Order(Comparer<Category>.Create((a, b) => italian.Compare(a.Label, b.Label, CompareOptions.IgnoreCase)))
            .Select(c => (c, Fold(c.Code), Words($"{c.Code} {c.Label}")))
            .ToList();
    }

    public IReadOnlyList<Category> All => _entries.ConvertAll(e => e.Category);

    /// <summary>The categories matching <paramref name="query"/>, an exact code first, then by label; all of them for an empty query.</summary>
    public IReadOnlyList<Category> Find(string? query)
    {
        var typed = Words(query ?? "");
        if (typed.Length == 0)
        {
            return All;
        }

        var code = Fold(query!.Trim());
        return _entries
            .Where(e => typed.All(t => e.Words.Any(w => w.StartsWith(t, StringComparison.Ordinal))))
            .OrderByDescending(e => e.Code == code)
            .Select(e => e.Category)
            .ToList();
    }

    /// <summary>The category whose code is exactly <paramref name="text"/> (case-insensitive), if any.</summary>
    public Category? ByCode(string? text) =>
        _entries.Find(e => e.Code == Fold(text?.Trim() ?? "")).Category;

    private static string[] Words(string text)
    {
        var folded = Fold(text);
        var separators = folded.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray();
        return folded.Split(separators, StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
