namespace FiloDiretto.Messaging;

public static class MessagingRegistration
{
    public static void AddMessaging(this WebApplicationBuilder builder)
    {
        // The demo writes to the local mailbox of smtp4dev (README), unless a server is configured.
        if (builder.Configuration.GetValue<bool>("Demo:Enabled") && builder.Configuration["Messaging:Smtp:Host"] is null)
        {
            builder.Configuration["Messaging:Smtp:Host"] = "localhost";
            builder.Configuration["Messaging:Smtp:Port"] = "2525";
            builder.Configuration["Messaging:Smtp:UseTls"] = "false";
            builder.Configuration["Messaging:OfficePhone"] ??= "0773 000000";
        }

        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.Section));
        builder.Services.AddSingleton<EmailSender>();
        // Well inside the claim lease, so no other node starts the same message while this one is still trying.
        builder.Services.AddHttpClient(nameof(SmsGateway), http => http.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<SmsGateway>();
        builder.Services.AddSingleton<MessageDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MessageDispatcher>());
        builder.Services.AddSingleton<CitizenMessages>();
        builder.Services.AddSingleton<MessageTrigger>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MessageTrigger>());
        builder.Services.AddSingleton<RetryMessage>();
        builder.Services.AddSingleton<SaveTemplate>();
        builder.Services.AddSingleton<ResetTemplate>();
        builder.Services.AddSingleton<ReadTemplates>();
    }
}
