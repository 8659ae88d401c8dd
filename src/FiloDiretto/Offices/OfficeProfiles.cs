using System.Collections.Concurrent;
using FiloDiretto.Calendar;
using FiloDiretto.Categories;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Offices;

/// <summary>
/// What intake needs of an office on every call, kept in memory: code, calendar, active categories by code.
/// An edit invalidates this node's copy at once; other nodes read the office again within <see cref="Freshness"/>.
/// </summary>
public sealed record OfficeProfile(int Id, string Code, WorkingCalendar Calendar, IReadOnlyDictionary<string, Category> Categories);

public sealed class OfficeProfiles(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    // Re-reading a small office row every few seconds is cheaper than a message bus between nodes for rare edits.
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<int, Entry> _profiles = new();
    private long _invalidations;

    public async ValueTask<OfficeProfile> GetAsync(int officeId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_profiles.TryGetValue(officeId, out var entry) && now - entry.ReadAt < Freshness)
        {
            return entry.Profile;
        }

        var invalidations = Interlocked.Read(ref _invalidations);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var office = await db.Offices.AsNoTracking().Include(o => o.Closures).SingleAsync(o => o.Id == officeId, ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.OfficeId == officeId && c.Active).ToListAsync(ct);
        var profile = new OfficeProfile(
            office.Id,
            office.Code,
            new WorkingCalendar(office.Closures.Select(c => c.Day)),
            categories.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase));

        // A read that overlapped an edit may hold the old data: use it for this call, never keep it.
        if (Interlocked.Read(ref _invalidations) == invalidations)
        {
            _profiles[officeId] = new Entry(profile, now);
        }

        return profile;
    }

    /// <summary>Call after committing a change of the office's categories or calendar.</summary>
    public void Invalidate(int officeId)
    {
        Interlocked.Increment(ref _invalidations);
        _profiles.TryRemove(officeId, out _);
    }

    private sealed record Entry(OfficeProfile Profile, DateTimeOffset ReadAt);
}
