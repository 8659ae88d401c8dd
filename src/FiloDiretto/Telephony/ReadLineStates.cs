using FiloDiretto.Data;
using FiloDiretto.Offices;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Telephony;

/// <summary>The office's lines as they are now: open until when, or when they reopen.</summary>
public sealed class ReadLineStates(IDbContextFactory<AppDbContext> contexts, OfficeProfiles offices, TimeProvider clock)
{
    public async Task<IReadOnlyList<LineState>> ReadAsync(int officeId, CancellationToken ct)
    {
        var office = await offices.GetAsync(officeId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lines = await db.PhoneLines.AsNoTracking().Where(l => l.OfficeId == officeId).ToListAsync(ct);
        return OpeningHours.At(lines, office.Calendar, clock.GetUtcNow().UtcDateTime);
    }
}
