using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace FiloDiretto.Tests.Infrastructure;

public class SqliteFactory : AppFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"filodiretto-test-{Guid.NewGuid():N}.db");

    public override string Engine => "SQLite";

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:FiloDiretto", $"Data Source={_file}");
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
