using FiloDiretto.Data;

namespace FiloDiretto.LiveQueue;

public static class LiveQueueRegistration
{
    public static void AddLiveQueue(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // Several nodes may share the database: signals go through it.
            var connectionString = builder.Configuration.GetConnectionString(DatabaseRegistration.ConnectionName)!;
            builder.Services.AddSingleton(sp => new PostgresQueueNotifications(
                connectionString, sp.GetRequiredService<ILogger<PostgresQueueNotifications>>()));
            builder.Services.AddSingleton<QueueNotifications>(sp => sp.GetRequiredService<PostgresQueueNotifications>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<PostgresQueueNotifications>());
        }
        else
        {
            builder.Services.AddSingleton<QueueNotifications, InProcessQueueNotifications>();
        }

        builder.Services.AddSingleton<QueueFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueFeed>());
    }
}
