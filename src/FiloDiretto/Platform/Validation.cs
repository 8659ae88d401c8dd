using FiloDiretto.Platform.Localisation;

namespace FiloDiretto.Platform;

/// <summary>Collects what is wrong with a request, field by field (JSON path of the field → messages in the user's language).</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Trimmed text, or an error when it is required and empty or longer than allowed.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = true)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(field, Messages.Get("Validation.Required"));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, Messages.Format("Validation.TooLong", maxLength, text.Length));
        }

        return text;
    }

    public T Choice<T>(string field, string? value, T fallback) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (Wire.TryParse<T>(value.Trim(), out var parsed))
        {
            return parsed;
        }

        Add(field, Messages.Format("Validation.NotAllowed", value, Wire.Choices<T>()));
        return fallback;
    }

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
