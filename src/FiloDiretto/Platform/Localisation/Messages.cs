using System.Globalization;
using System.Resources;

namespace FiloDiretto.Platform.Localisation;

/// <summary>
/// What the domain tells people — validation problems, refusals — in the current UI culture (Messages.resx, Italian,
/// and Messages.en.resx). Static, because entities and value objects have no services to ask.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new(typeof(Messages).FullName!, typeof(Messages).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"Messages.resx has no '{key}'.");

    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
