namespace FiloDiretto.Callbacks;

public static class CallbacksRegistration
{
    public static void AddCallbacks(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<CallbackOptions>(builder.Configuration.GetSection(CallbackOptions.Section));
        builder.Services.AddSingleton<CallbackChanges>();
        builder.Services.AddSingleton<PromiseCallback>();
        builder.Services.AddSingleton<RescheduleCallback>();
        builder.Services.AddSingleton<CancelCallback>();
        builder.Services.AddSingleton<LogCallbackAttempt>();
        builder.Services.AddSingleton<CallbackQueries>();
        builder.Services.AddSingleton<CallbackMeasures>();
        builder.Services.AddSingleton<CallbackAlerts>();
        builder.Services.AddSingleton<RaiseCallbackAlerts>();
        builder.Services.AddHostedService<CallbackAlertJob>();
    }
}
