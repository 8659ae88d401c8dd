namespace FiloDiretto.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up; a multi-node deployment may prefer a migration script.</summary>
    public bool Migrate { get; set; } = true;
}
