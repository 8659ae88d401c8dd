using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Telephony;

/// <summary>Which office a telephone system speaks for, told by the per-office secret it sends in a header.</summary>
public sealed class CtiKeys(IOptions<TelephonyOptions> options)
{
    public const string Header = "X-FiloDiretto-Cti-Key";
    public const int MinimumLength = 16;

    private readonly (string Office, byte[] Hash)[] _keys =
        [.. options.Value.Offices
            .Where(o => o.Value.Secret is { Length: >= MinimumLength })
            .Select(o => (o.Key.ToUpperInvariant(), Hash(o.Value.Secret!)))];

    /// <summary>The office code whose secret was presented, or null. Every key is compared, in constant time, whatever matches.</summary>
    public string? OfficeOf(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var hash = Hash(presented);
        string? office = null;
        foreach (var key in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                office = key.Office;
            }
        }

        return office;
    }

    // Hashing first makes every comparison the same length, so the time taken says nothing of the secret's length.
    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
