using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FiloDiretto.Data;

public static class DatabaseRegistration
{
    public const string ConnectionName = "FiloDiretto";

    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddSingleton(options);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"Database:Provider is PostgreSql but ConnectionStrings:{ConnectionName} is not set.");
            }

            builder.Services.AddPooledDbContextFactory<PostgresAppDbContext>(o => o.UseNpgsql(connectionString));
            builder.Services.AddSingleton<IDbContextFactory<AppDbContext>, Contexts<PostgresAppDbContext>>();
            builder.Services.AddSingleton(new WriteGate(serialise: false));
        }
        else
        {
            connectionString = SqliteConnectionString(connectionString, builder.Environment.ContentRootPath);
            builder.Services.AddPooledDbContextFactory<SqliteAppDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmas()));
            builder.Services.AddSingleton<IDbContextFactory<AppDbContext>, Contexts<SqliteAppDbContext>>();
            builder.Services.AddSingleton(new WriteGate(serialise: true));
        }

        // Identity's stores want a scoped context; everything else asks the factory for one per operation.
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        builder.Services.AddDataProtection().SetApplicationName("FiloDiretto").PersistKeysToDbContext<AppDbContext>();
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the live queue read while the phone lines write; the mode is stored in the file.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        if (options.Migrate)
        {
            await db.Database.MigrateAsync();
        }
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=data/filodiretto.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        return builder.ToString();
    }

    private sealed class Contexts<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AppDbContext>
        where TContext : AppDbContext
    {
        public AppDbContext CreateDbContext() => inner.CreateDbContext();
    }

    /// <summary>FULL: an acknowledged ticket must survive a power cut, not only a crash of the process.</summary>
    internal const string SqlitePragmaText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    private sealed class SqlitePragmas : DbConnectionInterceptor
    {

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = SqlitePragmaText;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = SqlitePragmaText;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
