using FiloDiretto.Data;
using FiloDiretto.LiveQueue;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Accounts;

public static class AccountsRegistration
{
    private const string ByPath = "ByPath";

    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.Section));
        builder.Services.AddScoped<Authenticator>();
        builder.Services.AddSingleton<TokenRevocation>();
        builder.Services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = ByPath;
                o.DefaultChallengeScheme = ByPath;
            })
            // The API and the hub speak bearer tokens; the pages use the sign-in cookie.
            .AddPolicyScheme(ByPath, ByPath, o => o.ForwardDefaultSelector = context =>
                IsMachinePath(context.Request.Path) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(10);
                o.Events.OnMessageReceived = context =>
                {
                    // WebSockets cannot carry headers: the hub's token arrives in the query string.
                    if (context.Request.Path.StartsWithSegments(QueueHub.Path)
                        && context.Request.Query.TryGetValue("access_token", out var token))
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                };
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure<IOptions<AccountOptions>>((o, accounts) =>
            {
                o.LoginPath = AccountPaths.SignIn;
                o.LogoutPath = AccountPaths.SignOut;
                o.AccessDeniedPath = "/accesso-negato";
                o.ExpireTimeSpan = accounts.Value.IdleTimeout;
                o.SlidingExpiration = true;
                o.Cookie.Name = "filodiretto";
                o.Cookie.SameSite = SameSiteMode.Strict;
            }));

        // A page session re-reads its user's security stamp this often: a disabled user is out within a minute, not 30.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddAuthorizationBuilder().AddFiloDirettoPolicies();

        builder.Services
            .AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.User.RequireUniqueEmail = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<ItalianIdentityErrors>()
            .AddDefaultTokenProviders();
    }

    public static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments(QueueHub.Path);
}
