using System.Globalization;
using FiloDiretto.Platform.Security;
using Microsoft.AspNetCore.Localization;

namespace FiloDiretto.Platform.Localisation;

/// <summary>Italian for everyone unless the user picks English: the office's language, not the browser's, decides.</summary>
public static class LocalisationRegistration
{
    public const string Italian = "it-IT";
    public const string English = "en-GB";

    public static readonly IReadOnlyList<CultureInfo> Cultures = [CultureInfo.GetCultureInfo(Italian), CultureInfo.GetCultureInfo(English)];

    public static void AddLocalisation(this WebApplicationBuilder builder)
    {
        // Work outside a request (background jobs, start-up) speaks Italian too, whatever the server's locale.
        CultureInfo.DefaultThreadCurrentCulture = Cultures[0];
        CultureInfo.DefaultThreadCurrentUICulture = Cultures[0];
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Italian);
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    public static void UseLocalisation(this WebApplication app) => app.UseRequestLocalization();

    /// <summary>POST /lingua: remembers the chosen language for a year and goes back to the page.</summary>
    public static void MapLanguageChoice(this WebApplication app) =>
        app.MapPost("/lingua", (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string? culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var chosen = Cultures.FirstOrDefault(c => c.Name == culture)?.Name ?? Italian;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return TypedResults.LocalRedirect(LocalPath(returnUrl));
        }).RequireFormToken().ExcludeFromDescription();

    /// <summary>Only a path of this site: anything else would make a redirect parameter an open redirect.</summary>
    public static string LocalPath(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/";
}
