using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;
using PhoneNumbers;

namespace FiloDiretto.Messaging;

/// <summary>How a message signs off: the office's name and the number citizens dial (its first line), as Italians write it.</summary>
public sealed record OfficeContact(string Name, string Phone)
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    public static async Task<OfficeContact> ReadAsync(AppDbContext db, int officeId, CancellationToken ct)
    {
        var name = await db.Offices.Where(o => o.Id == officeId).Select(o => o.Name).SingleAsync(ct);
        var phone = await db.PhoneLines.Where(l => l.OfficeId == officeId).OrderBy(l => l.Number).Select(l => l.Phone).FirstOrDefaultAsync(ct);
        return new OfficeContact(name, phone is null ? "" : Numbers.Format(Numbers.Parse(phone, "IT"), PhoneNumberFormat.NATIONAL));
    }
}
