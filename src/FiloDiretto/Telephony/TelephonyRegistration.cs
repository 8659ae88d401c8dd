namespace FiloDiretto.Telephony;

public static class TelephonyRegistration
{
    public static void AddTelephony(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TelephonyOptions>(builder.Configuration.GetSection(TelephonyOptions.Section));
        builder.Services.AddSingleton<CtiKeys>();
        builder.Services.AddSingleton<RecordCtiEvent>();
        builder.Services.AddSingleton<ReadLineStates>();
        builder.Services.AddSingleton<CallsPerResolvedTicket>();
        builder.Services.AddSingleton<IdentifyCaller>();
        builder.Services.AddSingleton<LinkCall>();
        builder.Services.AddSingleton<ListCalls>();
        builder.Services.AddSingleton<RevealCallNumber>();
        builder.Services.AddSingleton<CallPopups>();
        // The operator waits on the button: a telephone system that does not answer quickly is reported as unreachable.
        builder.Services.AddHttpClient(nameof(DialCitizen), http => http.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<DialCitizen>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CallPopups>());
    }
}
