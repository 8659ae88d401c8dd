using System.Globalization;

namespace FiloDiretto.BrowserTests.Infrastructure;

/// <summary>Valid fiscal codes that no demo citizen has, so a test owns every ticket it finds for them.</summary>
public static class FiscalCodes
{
    // The decree's table of values for characters in odd positions, indexed by letter (a digit d counts as the d-th letter).
    private const string OddPositionValues = "BAKPLCQDREVOSFTGUHMINJWZYX";
    private const string Months = "ABCDEHLMPRST";

    /// <summary>A random person's code, born in <paramref name="birthplace"/> (Latina by default).</summary>
    public static string Unique(string birthplace = "E472")
    {
        var random = Random.Shared;
        var letters = string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + random.Next(26))));
        var day = random.Next(1, 29) + (random.Next(2) * 40);
        var first15 = string.Create(CultureInfo.InvariantCulture, $"{letters}{random.Next(30, 99):00}{Months[random.Next(12)]}{day:00}{birthplace}");
        return first15 + CheckCharacter(first15);
    }

    /// <summary>The same code with another, wrong, check character.</summary>
    public static string WithWrongCheckCharacter(string code) => code[..15] + (code[15] == 'A' ? 'B' : 'A');

    public static char CheckCharacter(string first15)
    {
        var sum = 0;
        for (var i = 0; i < first15.Length; i++)
        {
            var c = first15[i];
            var letter = char.IsAsciiDigit(c) ? (char)('A' + (c - '0')) : c;
            sum += i % 2 == 0 ? OddPositionValues.IndexOf(letter, StringComparison.Ordinal) : letter - 'A';
        }

        return (char)('A' + (sum % 26));
    }
}
