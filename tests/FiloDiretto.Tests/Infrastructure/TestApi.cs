using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FiloDiretto.Demo;
using FiloDiretto.LiveQueue;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Infrastructure;

/// <summary>Small HTTP conveniences shared by the API tests.</summary>
public static class TestApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static int _seed = Environment.TickCount;

    /// <summary>A caller with a valid, freshly invented fiscal code (not one of the demo's).</summary>
    public static (string FiscalCode, string Surname, string GivenName, string Phone) NewCitizen()
    {
        var person = DemoPeople.Next(new Random(Interlocked.Increment(ref _seed)));
        return (person.FiscalCode, person.Surname, person.GivenName, person.Phone);
    }

    public static object IntakeBody(string? fiscalCode = null, string category = "PAG", string description = "Pagamento non arrivato.")
    {
        var citizen = NewCitizen();
        return new
        {
            citizen = new { fiscalCode = fiscalCode ?? citizen.FiscalCode, surname = citizen.Surname, givenName = citizen.GivenName, phone = citizen.Phone },
            category,
            description,
            channel = "phone",
            line = 1,
        };
    }

    public static async Task<TicketView> RecordAsync(this HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/tickets", body ?? IntakeBody());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TicketView>(Json))!;
    }

    public static async Task<TicketView> GetTicketAsync(this HttpClient client, long id)
    {
        var response = await client.GetAsync($"/api/v1/tickets/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TicketView>(Json))!;
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, long id, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/tickets/{id}/{action}", body ?? new { });

    public static async Task<EventPage> EventsAfterAsync(this HttpClient client, long after, int limit = 1000)
    {
        var response = await client.GetAsync($"/api/v1/events?after={after}&limit={limit}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EventPage>(Json))!;
    }

    /// <summary>The newest event sequence of the caller's office.</summary>
    public static async Task<long> EventHeadAsync(this HttpClient client)
    {
        var last = 0L;
        while (true)
        {
            var page = await client.EventsAfterAsync(last);
            if (page.Items.Count == 0)
            {
                return last;
            }

            last = page.Last;
        }
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }
}
