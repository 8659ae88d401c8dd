using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FiloDiretto.Data;

/// <summary>
/// Hands out numbers from a <see cref="Counter"/> row inside the caller's transaction. The row stays
/// locked until commit, so numbers follow commit order and a rolled-back transaction leaves no gap
/// (a database sequence guarantees neither).
/// </summary>
public static class CounterSql
{
    internal const string Upsert =
        """
        INSERT INTO "Counters" ("Name", "Value") VALUES (@name, @count)
        ON CONFLICT ("Name") DO UPDATE SET "Value" = "Counters"."Value" + @count
        RETURNING "Value"
        """;

    public const string EventsPrefix = "events:";

    public static string Events(int officeId) => $"{EventsPrefix}{officeId}";

    public static int OfficeOfEvents(string counterName) =>
        int.Parse(counterName.AsSpan(EventsPrefix.Length), System.Globalization.CultureInfo.InvariantCulture);

    public static string TicketNumbers(int officeId, int year) => $"tickets:{officeId}:{year}";

    /// <summary>Reserves <paramref name="count"/> numbers and returns the last of them.</summary>
    public static async Task<long> TakeAsync(this AppDbContext db, string name, int count, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Counters are only taken inside a transaction.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert;
        command.Transaction = transaction.GetDbTransaction();
        Add(command, "@name", name);
        Add(command, "@count", (long)count);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
