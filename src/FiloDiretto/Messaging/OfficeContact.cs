using FiloDiretto.Citizens;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;
using PhoneNumbers;

namespace FiloDiretto.Messaging;

/// <summary>How a message signs off: the office's name and the number citizens dial, as Italians write it.</summary>
public sealed record OfficeContact(string Name, string Phone)
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <param name="fallbackPhone">Messaging:OfficePhone, for an office whose lines have no number yet.</param>
    public static async Task<OfficeContact> ReadAsync(AppDbContext db, int officeId, string? fallbackPhone, CancellationToken ct)
    {
        var name = await db.Offices.Where(o => o.Id == officeId).Select(o => o.Name).SingleAsync(ct);
        var lines = await db.PhoneLines.Where(l => l.OfficeId == officeId && l.Phone != "").OrderBy(l => l.Number).Select(l => l.Phone).ToListAsync(ct);
        var phone = lines.Append(fallbackPhone ?? "").First();
        return new OfficeContact(name, ItalianPhone.TryParse(phone, out var parsed)
            ? Numbers.Format(Numbers.Parse(parsed.E164, "IT"), PhoneNumberFormat.NATIONAL)
            : phone);
    }
}
