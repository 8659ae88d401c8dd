namespace FiloDiretto.Privacy;

public static class PrivacyRegistration
{
    public static void AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        builder.Services.AddSingleton<AnonymiseExpiredTickets>();
        builder.Services.AddHostedService<RetentionJob>();
        builder.Services.AddSingleton<RightsRequestLog>();
        builder.Services.AddSingleton<ExportCitizenData>();
        builder.Services.AddSingleton<EraseCitizenData>();
        builder.Services.AddSingleton<ManageLegalHold>();
    }
}
