using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FiloDiretto.BrowserTests.Infrastructure;

public sealed record RecordedTicket(long Id, string Code);

/// <summary>Tickets made and read through the API, as another user's screen or a phone line would.</summary>
public static class ApiTickets
{
    /// <summary>Records a phone call on line 1; the citizen is Mario Rossi unless told otherwise.</summary>
    public static async Task<RecordedTicket> RecordAsync(
        this HttpClient client, string category, string description, string priority = "normal", string fiscalCode = "RSSMRA68A01H501Y",
        string surname = "Rossi", string givenName = "Mario", string phone = "3471234567", string? email = null, string? applicationNumber = null)
    {
        using var response = await client.PostAsJsonAsync("api/v1/tickets", new
        {
            citizen = new { fiscalCode, surname, givenName, phone, email },
            applicationNumber,
            category,
            description,
            priority,
            channel = "phone",
            line = 1,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new(ticket.GetProperty("id").GetInt64(), ticket.GetProperty("code").GetString()!);
    }

    /// <summary>Posts one of the ticket's actions (take, resolve…) and expects it done.</summary>
    public static async Task ActAsync(this HttpClient client, long id, string action, object? body = null)
    {
        using var response = await client.PostAsJsonAsync($"api/v1/tickets/{id}/{action}", body ?? new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Who holds the ticket now, or null.</summary>
    public static async Task<string?> HolderAsync(this HttpClient client, long id)
    {
        var ticket = await client.GetFromJsonAsync<JsonElement>($"api/v1/tickets/{id}");
        return ticket.GetProperty("holder").GetString();
    }
}
