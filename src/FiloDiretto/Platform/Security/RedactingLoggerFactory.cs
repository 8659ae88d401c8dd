using System.Collections;

namespace FiloDiretto.Platform.Security;

/// <summary>
/// Every logger of the app, the framework's included, masks fiscal codes and phone numbers in its
/// messages, values and scopes — a request log line carries the path, and a citizen's path carries the code.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
            inner.BeginScope(state is IEnumerable<KeyValuePair<string, object?>> values ? new Redacted(values, state.ToString()) : (object)PersonalDataMask.Apply(state.ToString() ?? ""));

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = PersonalDataMask.Apply(formatter(state, exception));
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            inner.Log(logLevel, eventId, new Redacted(values, message), exception is null ? null : new RedactedException(exception), static (s, _) => s.ToString());
        }
    }

    /// <summary>A log state whose string values and text are masked.</summary>
    private sealed class Redacted(IEnumerable<KeyValuePair<string, object?>> values, string? text) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] _values = [.. values.Select(Mask)];
        private readonly string _text = PersonalDataMask.Apply(text ?? "");

        public int Count => _values.Length;

        public KeyValuePair<string, object?> this[int index] => _values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => _text;

        private static KeyValuePair<string, object?> Mask(KeyValuePair<string, object?> pair) => pair.Value switch
        {
            string or PathString or QueryString => new(pair.Key, PersonalDataMask.Apply(pair.Value.ToString()!)),
            _ => pair,
        };
    }

    /// <summary>An exception as the log shows it: same type name and stack, masked message.</summary>
    private sealed class RedactedException(Exception original)
        : Exception(PersonalDataMask.Apply(original.Message), original.InnerException is null ? null : new RedactedException(original.InnerException))
    {
        public override string? StackTrace => original.StackTrace;

        public override string ToString() => PersonalDataMask.Apply(original.ToString());
    }
}
