using System.Data.Common;
using FiloDiretto.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FiloDiretto.Tickets;

/// <summary>
/// The intake writer's own connection with its statements compiled once: EF Core compiles every
/// statement again on each save, which on SQLite cost more than the write itself (docs/PERFORMANCE.md).
/// </summary>
public sealed class IntakeStore : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _counter;
    private readonly PreparedInsert _tickets;
    private readonly PreparedInsert _events;

    private IntakeStore(DbConnection connection, DbCommand counter, PreparedInsert tickets, PreparedInsert events)
    {
        _connection = connection;
        _counter = counter;
        _tickets = tickets;
        _events = events;
    }

    public static async Task<IntakeStore> OpenAsync(AppDbContext db, CancellationToken ct)
    {
        var connectionString = db.Database.GetConnectionString()!;
        var sqlite = db.Database.IsSqlite();
        DbConnection connection = sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        if (sqlite)
        {
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = DatabaseRegistration.SqlitePragmaText;
            await pragmas.ExecuteNonQueryAsync(ct);
        }

        var counter = connection.CreateCommand();
        counter.CommandText = CounterSql.Upsert;
        foreach (var name in new[] { "@name", "@count" })
        {
            var parameter = counter.CreateParameter();
            parameter.ParameterName = name;
            counter.Parameters.Add(parameter);
        }

        if (sqlite)
        {
            await counter.PrepareAsync(ct);
        }

        var tickets = await PreparedInsert.CreateAsync(db.Model, typeof(Ticket), connection, nameof(Ticket.Id), sqlite, ct);
        var events = await PreparedInsert.CreateAsync(db.Model, typeof(TicketEvent), connection, null, sqlite, ct);
        return new IntakeStore(connection, counter, tickets, events);
    }

    public async Task<DbTransaction> BeginAsync(CancellationToken ct) => await _connection.BeginTransactionAsync(ct);

    /// <summary>Reserves <paramref name="count"/> numbers of a counter and returns the last (see <see cref="CounterSql"/>).</summary>
    public async Task<long> TakeAsync(DbTransaction transaction, string name, int count, CancellationToken ct)
    {
        _counter.Transaction = transaction;
        _counter.Parameters[0].Value = name;
        _counter.Parameters[1].Value = (long)count;
        return Convert.ToInt64(await _counter.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Inserts the ticket and its events; the ticket gets its id.</summary>
    public async Task InsertAsync(Ticket ticket, DbTransaction transaction, CancellationToken ct)
    {
        ticket.Id = Convert.ToInt64(await _tickets.InsertAsync(ticket, transaction, ct), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var e in ticket.Events)
        {
            e.TicketId = ticket.Id;
            await _events.InsertAsync(e, transaction, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _tickets.DisposeAsync();
        await _events.DisposeAsync();
        await _counter.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
