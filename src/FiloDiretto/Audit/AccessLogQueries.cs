using FiloDiretto.Accounts;
using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Platform.Localisation;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Audit;

/// <summary>What the auditor asks of the log; days are Rome's, both ends included.</summary>
public sealed record AccessLogFilter(string? UserId = null, string? FiscalCode = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AccessLogRow(
    long Seq, DateTime At, string UserName, Role Role, AccessAction Action, string Channel, string? RemoteAddress, string? TicketCode, string? CitizenMasked);

public sealed record AccessEntries(IReadOnlyList<AccessLogRow> Rows, bool HasMore);

public sealed record StaffMember(string Id, string Name);

/// <summary>The auditor's reads of the access log of their own office, newest first.</summary>
public sealed class AccessLogQueries(IDbContextFactory<AppDbContext> contexts, CitizenDigest digest, TimeProvider clock)
{
    public const int PageSize = 50;
    public const int MaxExport = 100_000;

    /// <summary>A page of entries, or null when the fiscal code is not one (its message in <paramref name="error"/>).</summary>
    public async Task<(AccessEntries? Page, string? Error)> SearchAsync(Actor auditor, AccessLogFilter filter, int page, CancellationToken ct)
    {
        var (rows, error) = await RowsAsync(auditor, filter, page * PageSize, PageSize + 1, ct);
        return rows is null ? (null, error) : (new AccessEntries(rows.Take(PageSize).ToList(), rows.Count > PageSize), null);
    }

    public Task<(List<AccessLogRow>? Rows, string? Error)> ExportAsync(Actor auditor, AccessLogFilter filter, CancellationToken ct) =>
        RowsAsync(auditor, filter, 0, MaxExport, ct);

    /// <summary>Everyone with an account in the auditor's office, for the operator filter.</summary>
    public async Task<List<StaffMember>> OperatorsAsync(Actor auditor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.OfficeId == auditor.OfficeId)
            .OrderBy(u => u.DisplayName).Select(u => new StaffMember(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    private async Task<(List<AccessLogRow>? Rows, string? Error)> RowsAsync(Actor auditor, AccessLogFilter filter, int skip, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = db.AccessLogEntries.AsNoTracking().Where(e => e.OfficeId == auditor.OfficeId);
        if (!string.IsNullOrWhiteSpace(filter.FiscalCode))
        {
            var parsed = FiscalCode.Parse(filter.FiscalCode, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            if (parsed.Code is not { } code)
            {
                return (null, parsed.Message);
            }

            var citizen = digest.Of(code.Canonical);
            entries = entries.Where(e => e.CitizenDigest == citizen);
        }

        if (!string.IsNullOrEmpty(filter.UserId))
        {
            entries = entries.Where(e => e.UserId == filter.UserId);
        }

        if (filter.From is { } from)
        {
            var start = StartOf(from);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        var rows = await entries.OrderByDescending(e => e.Seq).Skip(skip).Take(take)
            .Select(e => new AccessLogRow(
                e.Seq, e.At, e.UserName, e.Role, e.Action, e.Channel, e.RemoteAddress,
                db.Tickets.Where(t => t.Id == e.TicketId).Select(t => t.Code).FirstOrDefault(),
                e.CitizenMasked))
            .ToListAsync(ct);
        return (rows, null);
    }

    private static DateTime StartOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Formats.Rome);
}
