using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FiloDiretto.Tests.Callbacks;

// The tests run the alert passes themselves, at the instants they choose, instead of the job's timer.
public sealed class CallbacksOnSqlite : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Callbacks:AlertIntervalSeconds", "0");
    }
}

public sealed class CallbacksOnPostgres : PostgresFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Callbacks:AlertIntervalSeconds", "0");
    }
}
