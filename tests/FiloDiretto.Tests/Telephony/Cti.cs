using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Data;
using FiloDiretto.Demo;
using FiloDiretto.Telephony;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Telephony;

/// <summary>A telephone system posting events to the app, and a look at the call log behind the API.</summary>
public static class Cti
{
    public const string Path = "/api/v1/telephony/events";

    public static string NewCallId() => $"pbx-{Guid.NewGuid():N}";

    public static object Event(string kind, string callId, DateTimeOffset at, string? user = null, string? cause = null, string from = "+393471234567", string direction = "inbound") =>
        new { @event = kind, callId, at, from, to = "+390773000001", direction, user, line = 1, cause };

    public static async Task<HttpResponseMessage> PostAsync(AppFactory app, object body, string? key = DemoMode.CtiDemoSecret)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add(CtiKeys.Header, key);
        }

        return await client.SendAsync(request);
    }

    public static async Task SendAsync(AppFactory app, object body, string key = DemoMode.CtiDemoSecret)
    {
        using var response = await PostAsync(app, body, key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<PhoneCall?> FindAsync(AppFactory app, string callId)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Calls.AsNoTracking().Include(c => c.Tickets).SingleOrDefaultAsync(c => c.ExternalId == callId);
    }
}
