using FiloDiretto.Components;
using FiloDiretto.Platform.Security;
using Microsoft.AspNetCore.Identity;

namespace FiloDiretto.Platform;

public static class PagesRegistration
{
    public static void AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton<Accounts.FirstRun>();
        builder.Services.AddSingleton<Localisation.Vocabulary>();
        builder.Services.AddScoped<Accounts.CreateAdministrator>();
    }

    public static void MapPages(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapPost("/esci", async (SignInManager<Accounts.AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/accedi");
        }).RequireFormToken().ExcludeFromDescription();
    }
}
