using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace FiloDiretto.Tests.Infrastructure;

/// <summary>A database of its own on the PostgreSQL server that the test command started (TEST_PG).</summary>
public class PostgresFactory : AppFactory
{
    private readonly bool _ownsDatabase;

    public PostgresFactory()
        : this($"t_{Guid.NewGuid():N}", ownsDatabase: true)
    {
    }

    /// <summary>Another node on an existing database (the multi-node tests).</summary>
    protected PostgresFactory(string database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public string Database { get; }

    public override string Engine => "PostgreSQL";

    public static string ServerConnection =>
        Environment.GetEnvironmentVariable("TEST_PG") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "TEST_PG is not set: run the tests with ./test.sh, which starts a PostgreSQL server and sets it.");

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:FiloDiretto", $"{ServerConnection};Database={Database}");
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await DisposeAsync();
        if (!_ownsDatabase)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection($"{ServerConnection};Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
