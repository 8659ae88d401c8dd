using FiloDiretto.Accounts;

namespace FiloDiretto.Demo;

public static class DemoMode
{
    public const string Password = "FiloDiretto!2026";

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
