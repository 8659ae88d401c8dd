using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FiloDiretto.Tests.Messaging;

/// <summary>An SMS gateway on a real loopback port: records what it accepts, answers 500 when told to, and can go down and up again.</summary>
public sealed class SmsSink : IAsyncDisposable
{
    public const string Key = "chiave-di-prova";

    private WebApplication? _app;

    public SmsSink() => Port = FreePort();

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/sms";

    public ConcurrentQueue<(string To, string Text)> Accepted { get; } = new();

    /// <summary>Requests answered 500 or refused for a wrong key.</summary>
    public ConcurrentQueue<HttpStatusCode> Refused { get; } = new();

    public bool Failing { get; set; }

    public bool IsUp => _app is not null;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        _app = builder.Build();
        _app.MapPost("/sms", async (HttpContext context) =>
        {
            if (context.Request.Headers["X-Api-Key"] != Key || Failing)
            {
                var status = Failing ? HttpStatusCode.InternalServerError : HttpStatusCode.Unauthorized;
                Refused.Enqueue(status);
                return Results.StatusCode((int)status);
            }

            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            Accepted.Enqueue((body.RootElement.GetProperty("to").GetString()!, body.RootElement.GetProperty("text").GetString()!));
            return Results.Accepted();
        });
        await _app.StartAsync();
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
