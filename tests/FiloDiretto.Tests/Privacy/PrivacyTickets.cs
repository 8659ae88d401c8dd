using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Data;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Tests.Privacy;

/// <summary>Tickets brought to the state the privacy tests need, and read straight from the database.</summary>
public static class PrivacyTickets
{
    /// <summary>A new payments ticket of <paramref name="fiscalCode"/>, worked to closure with a contact and a feedback on its timeline.</summary>
    public static async Task<TicketView> RecordClosedAsync(this AppFactory app, string? fiscalCode = null)
    {
        using var phone = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");
        var ticket = await phone.RecordAsync(TestApi.IntakeBody(fiscalCode));
        foreach (var (action, body) in new (string, object)[]
                 {
                     ("take", new { }), ("contacts", new { channel = "phone", outcome = "reached", note = "Parlato con la figlia." }),
                     ("resolve", new { feedback = "Pagamento disposto." }), ("close", new { }),
                 })
        {
            Assert.Equal(HttpStatusCode.OK, (await specialist.ActAsync(ticket.Id, action, body)).StatusCode);
        }

        return ticket;
    }

    public static async Task PlaceLegalHoldAsync(this AppFactory app, long id)
    {
        using var supervisor = await app.ClientFor("responsabile");
        var response = await supervisor.PostAsJsonAsync($"/api/v1/tickets/{id}/legal-hold", new { reason = "Contenzioso davanti al giudice del lavoro." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Every ticket of the office as stored, with its events.</summary>
    public static async Task<List<Ticket>> StoredTicketsAsync(this AppFactory app)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Tickets.AsNoTracking().Include(t => t.Events).OrderBy(t => t.Id).AsSplitQuery().ToListAsync();
    }

    public static void AssertAnonymised(Ticket t)
    {
        Assert.NotNull(t.AnonymisedAt);
        Assert.All(new[] { t.FiscalCode, t.FiscalCodeKey, t.Surname, t.GivenName, t.Phone, t.Description }, Assert.Empty);
        Assert.Null(t.Email);
        Assert.Null(t.ApplicationNumber);
        Assert.Null(t.Feedback);
        Assert.All(t.Events, e => Assert.Null(e.Text));
    }
}
