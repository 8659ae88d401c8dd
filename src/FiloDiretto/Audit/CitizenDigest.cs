using System.Security.Cryptography;
using System.Text;

namespace FiloDiretto.Audit;

/// <summary>
/// A keyed hash (HMAC-SHA256) of a canonical fiscal code: the access log can be searched by fiscal code
/// without holding it, and without the key nobody can test guesses against it.
/// </summary>
public sealed class CitizenDigest(byte[] key)
{
    public const string KeySetting = "Audit:Key";

    public string Of(string canonicalFiscalCode) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonicalFiscalCode)));

    /// <summary>
    /// The key from <c>Audit:Key</c> (base64, at least 32 bytes); outside production a key is generated once
    /// and kept in data/audit.key, so the demo and the tests run without setup.
    /// </summary>
    public static CitizenDigest Load(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[KeySetting] is { Length: > 0 } configured)
        {
            var key = Convert.FromBase64String(configured);
            return key.Length >= 32 ? new CitizenDigest(key)
                : throw new InvalidOperationException($"{KeySetting} must be at least 32 bytes (base64).");
        }

        if (environment.IsProduction() && !configuration.GetValue<bool>("Demo:Enabled"))
        {
            throw new InvalidOperationException($"{KeySetting} is not set: the access log needs a secret key in production.");
        }

        return new CitizenDigest(LocalKey(Path.Combine(environment.ContentRootPath, "data", "audit.key")));
    }

    private static byte[] LocalKey(string file)
    {
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var draft = $"{file}.{Guid.NewGuid():N}";
            File.WriteAllText(draft, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            try
            {
                File.Move(draft, file);
            }
            catch (IOException)
            {
                // Another process wrote the key first: theirs is the one.
                File.Delete(draft);
            }
        }

        return Convert.FromBase64String(File.ReadAllText(file));
    }
}
