using System.Text.Json.Serialization;
using FiloDiretto.Accounts;
using FiloDiretto.Callbacks;
using FiloDiretto.Categories;
using FiloDiretto.LiveQueue;
using FiloDiretto.Messaging;
using FiloDiretto.Privacy;
using FiloDiretto.Telephony;
using FiloDiretto.Tickets;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FiloDiretto.Platform;

public static class ApiRegistration
{
    public static void AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1");
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never);
    }

    public static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapTokenApi();
        api.MapTicketsApi();
        api.MapCallbacksApi();
        api.MapCategoriesApi();
        api.MapEventsApi();
        api.MapPrivacyApi();
        api.MapMessagingApi();
        api.MapTelephonyApi();
        app.MapHub<QueueHub>(QueueHub.Path);
        app.MapOpenApi("/openapi/{documentName}.json");

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
