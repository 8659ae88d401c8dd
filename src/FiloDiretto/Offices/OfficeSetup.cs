using FiloDiretto.Categories;
using FiloDiretto.Data;

namespace FiloDiretto.Offices;

/// <summary>A new office starts with the default categories and two dedicated lines, as in the seed practice.</summary>
public static class OfficeSetup
{
    public static async Task<Office> AddOfficeAsync(this AppDbContext db, string code, string name, CancellationToken ct)
    {
        var office = new Office { Code = code.ToUpperInvariant(), Name = name };
        db.Offices.Add(office);
        await db.SaveChangesAsync(ct);
        db.Categories.AddRange(DefaultCategories.For(office.Id));
        db.PhoneLines.AddRange(
            new PhoneLine { OfficeId = office.Id, Number = 1, Name = "Linea 1", Phone = "", Hours = PhoneLine.DefaultHours() },
            new PhoneLine { OfficeId = office.Id, Number = 2, Name = "Linea 2", Phone = "", Hours = PhoneLine.DefaultHours() });
        await db.SaveChangesAsync(ct);
        return office;
    }
}
