namespace FiloDiretto.LiveQueue;

public static class LiveQueueRegistration
{
    public static void AddLiveQueue(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<QueueNotifications, InProcessQueueNotifications>();
        builder.Services.AddSingleton<QueueFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueFeed>());
    }
}
