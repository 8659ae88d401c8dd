using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FiloDiretto.Tests.Telephony;

/// <summary>A telephone system's click-to-dial endpoint on a real loopback port: records the requests it accepts, refuses when told to.</summary>
public sealed class PbxSink : IAsyncDisposable
{
    public const string Key = "chiave-click-to-dial";

    private readonly WebApplication _app;

    public PbxSink()
    {
        Port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        _app = builder.Build();
        _app.MapPost("/dial", async (HttpContext context) =>
        {
            if (context.Request.Headers["X-Api-Key"] != Key || Refusing)
            {
                return Results.StatusCode(Refusing ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized);
            }

            Accepted.Enqueue(await JsonDocument.ParseAsync(context.Request.Body));
            return Results.Accepted();
        });
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/dial";

    public ConcurrentQueue<JsonDocument> Accepted { get; } = new();

    public bool Refusing { get; set; }

    public Task StartAsync() => _app.StartAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The demo office with click-to-dial through a <see cref="PbxSink"/>; linea1 answers on extension 201.</summary>
public sealed class ClickToDialFactory : SqliteFactory
{
    public const string Extension = "201";

    public PbxSink Pbx { get; } = new();

    public override async Task InitializeAsync()
    {
        await Pbx.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telephony:ClickToDial:Url", Pbx.Url);
        builder.UseSetting("Telephony:ClickToDial:Key", PbxSink.Key);
        builder.UseSetting($"Telephony:Offices:LT:Extensions:{Extension}", "linea1");
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await base.DisposeDatabaseAsync();
        await Pbx.DisposeAsync();
    }
}
