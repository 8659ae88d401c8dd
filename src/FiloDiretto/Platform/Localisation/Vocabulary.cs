using Microsoft.Extensions.Localization;

namespace FiloDiretto.Platform.Localisation;

/// <summary>The words the screens use for the product's enumerations, in the user's language (Vocabulary.resx).</summary>
public sealed class Vocabulary(IStringLocalizer<Vocabulary> text)
{
    public string this[Enum value] => text[$"{value.GetType().Name}.{value}"];

    /// <summary>The label of a value as the API and the views carry it: the enum's name or its wire name.</summary>
    public string Label<T>(string? name) where T : struct, Enum => Wire.TryParse(name, out T value) ? this[value] : name ?? "";
}
