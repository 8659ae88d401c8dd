using FiloDiretto.Accounts;
using FiloDiretto.Accounts.Oidc;
using FiloDiretto.Administration;
using FiloDiretto.Audit;
using FiloDiretto.Callbacks;
using FiloDiretto.Components;
using FiloDiretto.Data;
using FiloDiretto.Demo;
using FiloDiretto.LiveQueue;
using FiloDiretto.Messaging;
using FiloDiretto.Patronati;
using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Platform.Security;
using FiloDiretto.Privacy;
using FiloDiretto.Supervision;
using FiloDiretto.Telephony;
using FiloDiretto.Tickets;
using FiloDiretto.Workspace;

if (args is ["cti", "simulate", .. var simulation])
{
    Environment.ExitCode = await CtiSimulator.RunAsync(simulation, Console.Out, CancellationToken.None);
    return;
}

var builder = WebApplication.CreateBuilder(DemoMode.Rewrite(args));

builder.AddDatabase();
builder.AddAccounts();
builder.AddInstitutionSignIn();
builder.AddTickets();
builder.AddLiveQueue();
builder.AddWorkspace();
builder.AddCallbacks();
builder.AddSupervision();
builder.AddPatronati();
builder.AddAdministration();
builder.AddSecurity();
builder.AddPrivacy();
builder.AddAudit();
builder.AddMessaging();
builder.AddTelephony();
builder.AddErrorHandling();
builder.AddApi();
builder.AddLocalisation();
builder.AddPages();
builder.AddDemo();

var app = builder.Build();

await app.PrepareDatabaseAsync();
if (AuditCommand.Requested(args))
{
    Environment.ExitCode = await app.Services.VerifyAccessLogAsync(Console.Out);
    return;
}

await app.SeedDemoAsync();

app.UseSecurity();
app.UseErrorHandling();
app.UseLocalisation();
app.UseRouting();
app.UseAccessOrigin();
app.UseFirstRun();
app.UseAuthentication();
app.UseTokenRevocation();
app.UseRateLimits();
app.UseTwoFactorEnrolment();
app.UseAuthorization();
app.UseAntiforgery();
app.MapApi();
app.MapPages();
app.MapSessionEndpoints();
app.MapInstitutionSignIn();
app.MapLanguageChoice();

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
