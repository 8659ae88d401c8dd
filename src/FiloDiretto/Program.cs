using FiloDiretto.Accounts;
using FiloDiretto.Administration;
using FiloDiretto.Components;
using FiloDiretto.Data;
using FiloDiretto.Demo;
using FiloDiretto.LiveQueue;
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
builder.AddTickets();
builder.AddLiveQueue();
builder.AddWorkspace();
builder.AddSupervision();
builder.AddPatronati();
builder.AddAdministration();
builder.AddSecurity();
builder.AddPrivacy();
builder.AddTelephony();
builder.AddErrorHandling();
builder.AddApi();
builder.AddLocalisation();
builder.AddPages();
builder.AddDemo();

var app = builder.Build();

await app.PrepareDatabaseAsync();
await app.SeedDemoAsync();

app.UseSecurity();
app.UseErrorHandling();
app.UseLocalisation();
app.UseRouting();
app.UseFirstRun();
app.UseAuthentication();
app.UseRateLimits();
app.UseTwoFactorEnrolment();
app.UseAuthorization();
app.UseAntiforgery();
app.MapApi();
app.MapPages();
app.MapSessionEndpoints();
app.MapLanguageChoice();

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
