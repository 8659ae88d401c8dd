using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Telephony;

/// <summary>The demo office (key from the demo settings) and a second office, ZT, with a telephone system of its own.</summary>
public static class TelephonySetup
{
    public const string OtherOffice = "ZT";
    public const string OtherSecret = "chiave-centralino-ZT-di-prova";

    public static void Configure(IWebHostBuilder builder) => builder.UseSetting($"Telephony:Offices:{OtherOffice}:Secret", OtherSecret);

    public static async Task EnsureOtherOfficeAsync(AppFactory app)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        if (!await db.Offices.AnyAsync(o => o.Code == OtherOffice))
        {
            await db.AddOfficeAsync(OtherOffice, "Ufficio di prova del centralino", CancellationToken.None);
        }
    }
}

public sealed class TelephonySqliteFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TelephonySetup.Configure(builder);
    }
}

public sealed class TelephonyPostgresFactory : PostgresFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TelephonySetup.Configure(builder);
    }
}
