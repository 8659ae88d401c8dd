using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Calendar;
using FiloDiretto.Callbacks;
using FiloDiretto.Offices;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Callbacks;

/// <summary>The callback endpoints and the clock moves the callback tests share.</summary>
public static class CallbackApi
{
    public static readonly TimeOnly Eight = new(8, 0);

    /// <summary>Moves the clock to 08:00 (Italian time) of the office's next working day and returns that day.</summary>
    public static async Task<DateOnly> NextMorningAsync(this AppFactory app, string staff = "linea1")
    {
        var calendar = await app.CalendarAsync(staff);
        var today = DateOnly.FromDateTime(Formats.Local(app.Clock.GetUtcNow().UtcDateTime));
        var day = calendar.AddWorkingDays(today, 1);
        app.Clock.SetUtcNow(At(day, Eight));
        return day;
    }

    public static async Task<WorkingCalendar> CalendarAsync(this AppFactory app, string staff = "linea1")
    {
        var office = (await app.ActorFor(staff)).OfficeId;
        return (await app.Service<OfficeProfiles>().GetAsync(office, CancellationToken.None)).Calendar;
    }

    public static DateTime At(DateOnly day, TimeOnly time) => ReachableHours.Utc(day, time, Formats.Rome);

    public static void MoveTo(this AppFactory app, DateOnly day, int hour, int minute = 0) =>
        app.Clock.SetUtcNow(At(day, new TimeOnly(hour, minute)));

    public static object Promise(DateOnly day, string from, string to, string reachableFrom = "09:00", string reachableTo = "12:00",
        string[]? days = null, string? phone = null, string purpose = "Chiarire i documenti mancanti.") => new
        {
            date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            from,
            to,
            reachableDays = days,
            reachableFrom,
            reachableTo,
            phone,
            purpose,
        };

    public static Task<HttpResponseMessage> PromiseAsync(this HttpClient client, long ticketId, object body) =>
        client.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/callbacks", body);

    public static Task<HttpResponseMessage> AttemptAsync(this HttpClient client, long ticketId, string outcome, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/callbacks/attempts", new { outcome, note });

    public static async Task<CallbackView> ReadAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<CallbackView>(TestApi.Json))!;
    }

    public static async Task<IReadOnlyList<CallbackView>> ToMakeAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<CallbackView>>("/api/v1/callbacks", TestApi.Json))!;

    /// <summary>A ticket recorded by linea1 and taken by <paramref name="specialist"/>.</summary>
    public static async Task<long> TakenTicketAsync(this AppFactory app, HttpClient specialist)
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        Assert.Equal(HttpStatusCode.OK, (await specialist.ActAsync(ticket.Id, "take")).StatusCode);
        return ticket.Id;
    }
}
