namespace FiloDiretto.Telephony;

public static class TelephonyRegistration
{
    public static void AddTelephony(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TelephonyOptions>(builder.Configuration.GetSection(TelephonyOptions.Section));
        builder.Services.AddSingleton<CtiKeys>();
        builder.Services.AddSingleton<RecordCtiEvent>();
    }
}
