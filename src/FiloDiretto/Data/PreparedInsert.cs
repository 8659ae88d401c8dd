using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FiloDiretto.Data;

/// <summary>
/// An INSERT of one entity type, built from the EF model (table, columns, value converters) and
/// prepared once on a connection that lives as long as the writer.
/// </summary>
public sealed class PreparedInsert : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly (IClrPropertyGetter Getter, ValueConverter? Converter, DbParameter Parameter)[] _columns;

    private PreparedInsert(DbCommand command, (IClrPropertyGetter, ValueConverter?, DbParameter)[] columns)
    {
        _command = command;
        _columns = columns;
    }

    /// <param name="generated">The store-generated key to read back with RETURNING, if any.</param>
    /// <param name="prepare">Compile the statement once (SQLite recompiles an unprepared one on every run).</param>
    public static async Task<PreparedInsert> CreateAsync(IModel model, Type type, DbConnection connection, string? generated, bool prepare, CancellationToken ct)
    {
        var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.Name != generated).ToList();
        var command = connection.CreateCommand();
        var columns = new (IClrPropertyGetter, ValueConverter?, DbParameter)[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
            columns[i] = (properties[i].GetGetter(), properties[i].GetTypeMapping().Converter, parameter);
        }

        var names = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        var values = string.Join(", ", columns.Select(c => c.Item3.ParameterName));
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({values})"
            + (generated is null ? "" : $" RETURNING \"{entity.FindProperty(generated)!.GetColumnName(table)}\"");
        if (prepare)
        {
            await command.PrepareAsync(ct);
        }

        return new PreparedInsert(command, columns);
    }

    /// <summary>Inserts the entity inside <paramref name="transaction"/>; returns the generated key, if asked for one.</summary>
    public async Task<object?> InsertAsync(object entity, DbTransaction transaction, CancellationToken ct)
    {
        _command.Transaction = transaction;
        foreach (var (getter, converter, parameter) in _columns)
        {
            var value = getter.GetClrValueUsingContainingEntity(entity);
            parameter.Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
        }

        return await _command.ExecuteScalarAsync(ct);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
