using FiloDiretto.Audit;
using FiloDiretto.Data;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Audit;

/// <summary>Tampering with stored entries by hand, as someone with database access could, is caught by audit verify at that entry.</summary>
public abstract class ChainVerificationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task AnUntouchedChainVerifiesAndTheCommandSaysOk()
    {
        await ReadSomeTicketsAsync();

        var (code, output) = await RunCommandAsync();

        Assert.Equal(0, code);
        Assert.Matches(@"^OK: \d+ voci verificate$", output.Trim());
    }

    [Fact]
    public async Task AnEditedFieldIsReportedAtExactlyThatEntry()
    {
        var target = await ReadSomeTicketsAsync();
        await using var db = await Contexts.CreateDbContextAsync();

        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "AccessLogEntries" SET "UserName" = 'Qualcun altro' WHERE "OfficeId" = {target.OfficeId} AND "Seq" = {target.Seq}""");
        try
        {
            var (code, output) = await RunCommandAsync();

            Assert.Equal(1, code);
            Assert.Equal($"Catena interrotta: ufficio LT, voce {target.Seq}: il contenuto non corrisponde al suo hash: la voce è stata modificata", output.Trim());
        }
        finally
        {
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "AccessLogEntries" SET "UserName" = {target.UserName} WHERE "OfficeId" = {target.OfficeId} AND "Seq" = {target.Seq}""");
        }

        Assert.True((await Check.VerifyAsync(CancellationToken.None)).Intact);
    }

    [Fact]
    public async Task AnEntryEditedTogetherWithItsHashBreaksTheLinkToTheNext()
    {
        var target = await ReadSomeTicketsAsync(after: 1);
        await using var db = await Contexts.CreateDbContextAsync();
        var forged = new AccessLogEntry
        {
            OfficeId = target.OfficeId,
            Seq = target.Seq,
            At = target.At,
            UserId = target.UserId,
            UserName = "Qualcun altro",
            Role = target.Role,
            Action = target.Action,
            Channel = target.Channel,
            RemoteAddress = target.RemoteAddress,
            TicketId = target.TicketId,
            CitizenDigest = target.CitizenDigest,
            CitizenMasked = target.CitizenMasked,
            PreviousHash = target.PreviousHash,
        }.Seal();

        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "AccessLogEntries" SET "UserName" = {forged.UserName}, "Hash" = {forged.Hash} WHERE "OfficeId" = {target.OfficeId} AND "Seq" = {target.Seq}""");
        try
        {
            var report = await Check.VerifyAsync(CancellationToken.None);

            Assert.Equal(new BrokenLink(target.OfficeId, "LT", target.Seq + 1, ChainProblem.Relinked), report.Broken);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "AccessLogEntries" SET "UserName" = {target.UserName}, "Hash" = {target.Hash} WHERE "OfficeId" = {target.OfficeId} AND "Seq" = {target.Seq}""");
        }
    }

    [Fact]
    public async Task ADeletedEntryIsReportedAsMissingAndADeletedLastEntryAsTruncation()
    {
        var target = await ReadSomeTicketsAsync(after: 1);
        await using var db = await Contexts.CreateDbContextAsync();
        var last = await db.AccessLogEntries.AsNoTracking().Where(e => e.OfficeId == target.OfficeId).OrderBy(e => e.Seq).LastAsync();

        await DeleteAsync(db, target);
        var middle = await Check.VerifyAsync(CancellationToken.None);
        await db.AccessLogEntries.AddAsync(target);
        await db.SaveChangesAsync();
        await DeleteAsync(db, last);
        var end = await Check.VerifyAsync(CancellationToken.None);
        await db.AccessLogEntries.AddAsync(last);
        await db.SaveChangesAsync();

        Assert.Equal(new BrokenLink(target.OfficeId, "LT", target.Seq, ChainProblem.Missing, target.Seq + 1), middle.Broken);
        Assert.Equal(new BrokenLink(last.OfficeId, "LT", last.Seq, ChainProblem.Truncated, last.Seq), end.Broken);
        Assert.True((await Check.VerifyAsync(CancellationToken.None)).Intact);
    }

    private IDbContextFactory<AppDbContext> Contexts => app.Service<IDbContextFactory<AppDbContext>>();

    private ChainCheck Check => app.Service<ChainCheck>();

    /// <summary>Reads a few tickets and returns an entry in the middle of the chain (<paramref name="after"/> more follow it at least).</summary>
    private async Task<AccessLogEntry> ReadSomeTicketsAsync(int after = 2)
    {
        var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        for (var i = 0; i <= after; i++)
        {
            await phone.GetTicketAsync(ticket.Id);
        }

        await using var db = await Contexts.CreateDbContextAsync();
        return await db.AccessLogEntries.AsNoTracking().Where(e => e.TicketId == ticket.Id).OrderBy(e => e.Seq).FirstAsync();
    }

    private static Task<int> DeleteAsync(AppDbContext db, AccessLogEntry entry) =>
        db.Database.ExecuteSqlAsync($"""DELETE FROM "AccessLogEntries" WHERE "OfficeId" = {entry.OfficeId} AND "Seq" = {entry.Seq}""");

    private async Task<(int Code, string Output)> RunCommandAsync()
    {
        using var output = new StringWriter();
        var code = await app.Services.VerifyAccessLogAsync(output);
        return (code, output.ToString());
    }
}

public sealed class ChainVerificationTestsOnSqlite(SqliteFactory app) : ChainVerificationTests<SqliteFactory>(app);

public sealed class ChainVerificationTestsOnPostgres(PostgresFactory app) : ChainVerificationTests<PostgresFactory>(app);
