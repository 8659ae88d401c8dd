using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace FiloDiretto.Tests.Infrastructure;

/// <summary>A database of its own on the PostgreSQL server that the test command started (TEST_PG).</summary>
public class PostgresFactory : AppFactory
{
    private readonly string _database = $"t_{Guid.NewGuid():N}";

    public override string Engine => "PostgreSQL";

    public static string ServerConnection =>
        Environment.GetEnvironmentVariable("TEST_PG") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "TEST_PG is not set: run the tests with ./test.sh, which starts a PostgreSQL server and sets it.");

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:FiloDiretto", $"{ServerConnection};Database={_database}");
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection($"{ServerConnection};Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
