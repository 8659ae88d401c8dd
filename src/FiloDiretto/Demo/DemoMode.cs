using FiloDiretto.Accounts;

namespace FiloDiretto.Demo;

public static class DemoMode
{
    public const string Password = "FiloDiretto!2026";

    /// <summary>The demo office's telephone-system key, printed in the README: demo only.</summary>
    public const string CtiDemoSecret = "demo-centralino-LT-2026";

    private const string CtiDemoKey = "Telephony:Offices:LT:Secret";

    /// <summary>Turns the <c>--demo</c> switch into the configuration key <c>Demo:Enabled=true</c>.</summary>
    public static string[] Rewrite(string[] args) =>
        [.. args.Select(a => a == "--demo" ? "--Demo:Enabled=true" : a)];

    public static void AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DemoOffice>();

        // The guided tour signs in as every role with the password alone; set the key to try two-factor in the demo.
        if (builder.Configuration.GetValue<bool>("Demo:Enabled") && builder.Configuration[AccountOptions.RequireTwoFactorKey] is null)
        {
            builder.Configuration[AccountOptions.RequireTwoFactorKey] = "false";
        }

        // The telephone simulator (docs/TELEPHONY.md) needs a key for the demo office; a real one comes from the settings.
        if (builder.Configuration.GetValue<bool>("Demo:Enabled") && builder.Configuration[CtiDemoKey] is null)
        {
            builder.Configuration[CtiDemoKey] = CtiDemoSecret;
        }
    }

    public static async Task SeedDemoAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoOffice>().SeedAsync(CancellationToken.None);
    }
}
