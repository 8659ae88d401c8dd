using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using FiloDiretto.Accounts;

namespace FiloDiretto.Audit;

/// <summary>
/// One access to personal data, never updated nor deleted. Entries of an office form a chain: each hash
/// covers the entry's fields and the previous entry's hash, so changing or removing one breaks every link after it.
/// </summary>
public sealed class AccessLogEntry
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public int OfficeId { get; init; }
    public long Seq { get; init; }
    public DateTime At { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    public Role Role { get; init; }
    public AccessAction Action { get; init; }
    public required string Channel { get; init; }
    public string? RemoteAddress { get; init; }
    public long? TicketId { get; init; }

    /// <summary>HMAC of the canonical fiscal code (see <see cref="CitizenDigest"/>): searchable, yet not the code.</summary>
    public string? CitizenDigest { get; init; }

    public string? CitizenMasked { get; init; }
    public required string PreviousHash { get; init; }
    public string Hash { get; private set; } = "";

    /// <summary>PostgreSQL keeps microseconds: an instant with finer ticks would not hash the same once read back.</summary>
    public static DateTime Stored(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>Fixes the hash once every field is set; the entry is then final.</summary>
    public AccessLogEntry Seal()
    {
        Hash = ComputeHash();
        return this;
    }

    /// <summary>SHA-256 over a JSON array of every field but the hash itself: unambiguous, and stable across engines.</summary>
    public string ComputeHash()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(OfficeId);
            json.WriteNumberValue(Seq);
            json.WriteStringValue(At.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture));
            json.WriteStringValue(UserId);
            json.WriteStringValue(UserName);
            json.WriteStringValue(Role.ToString());
            json.WriteStringValue(Action.ToString());
            json.WriteStringValue(Channel);
            json.WriteStringValue(RemoteAddress);
            if (TicketId is { } ticket)
            {
                json.WriteNumberValue(ticket);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStringValue(CitizenDigest);
            json.WriteStringValue(CitizenMasked);
            json.WriteStringValue(PreviousHash);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
