using System.Collections.Concurrent;
using FiloDiretto.Calendar;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Offices;

/// <summary>
/// What intake needs of an office on every call, kept in memory: code, calendar, active categories by code.
/// Read once per node; editing categories and closures (the supervisor's screens) must also refresh it.
/// </summary>
public sealed record OfficeProfile(int Id, string Code, WorkingCalendar Calendar, IReadOnlyDictionary<string, Category> Categories);

public sealed class OfficeProfiles(IDbContextFactory<AppDbContext> contexts)
{
    private readonly ConcurrentDictionary<int, OfficeProfile> _profiles = new();

    public async ValueTask<OfficeProfile> GetAsync(int officeId, CancellationToken ct)
    {
        if (_profiles.TryGetValue(officeId, out var profile))
        {
            return profile;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var office = await db.Offices.AsNoTracking().Include(o => o.Closures).SingleAsync(o => o.Id == officeId, ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.OfficeId == officeId && c.Active).ToListAsync(ct);
        profile = new OfficeProfile(
            office.Id,
            office.Code,
            new WorkingCalendar(office.Closures.Select(c => c.Day)),
            categories.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase));
        return _profiles.GetOrAdd(officeId, profile);
    }
}
