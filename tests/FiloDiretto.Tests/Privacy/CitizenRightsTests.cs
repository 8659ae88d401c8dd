using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Privacy;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Privacy;

public abstract class CitizenRightsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheExportHoldsEveryTicketOfTheFiscalCodeWithItsTimelineAndNothingOfOthers()
    {
        var citizen = TestApi.NewCitizen().FiscalCode;
        var closed = await app.RecordClosedAsync(citizen);
        using var patronato = await app.ClientFor("inca");
        var filed = await patronato.RecordAsync(TestApi.IntakeBody(citizen, category: "VERB_NR", description: "Verbale di invalidità mai arrivato."));
        var other = await app.RecordClosedAsync();

        var export = await ExportAsync(citizen, "Prot. 2026/0412");

        Assert.Equal([closed.Id, filed.Id], export.Tickets.Select(t => t.Ticket.Id).Order());
        Assert.Equal("Prot. 2026/0412", export.Reference);
        Assert.All(export.Tickets, t => Assert.Equal(citizen, t.Ticket.Citizen.FiscalCode));
        var worked = export.Tickets.Single(t => t.Ticket.Id == closed.Id).Ticket;
        Assert.Equal(["Created", "TakenInCharge", "ContactAttempt", "Resolved", "Closed"], worked.Timeline!.Select(e => e.Kind));
        Assert.Equal("Parlato con la figlia.", worked.Timeline![2].Text);
        Assert.False(string.IsNullOrEmpty(worked.Citizen.Phone));
        Assert.DoesNotContain(export.Tickets, t => t.Ticket.Id == other.Id);
    }

    [Fact]
    public async Task ErasureAnonymisesTheCitizensTicketsLeavesOthersAndRefusesThoseUnderLegalHold()
    {
        var citizen = TestApi.NewCitizen().FiscalCode;
        var first = await app.RecordClosedAsync(citizen);
        var held = await app.RecordClosedAsync(citizen);
        using var phone = await app.ClientFor("linea1");
        var open = await phone.RecordAsync(TestApi.IntakeBody(citizen));
        var other = await app.RecordClosedAsync();
        await app.PlaceLegalHoldAsync(held.Id);

        using var supervisor = await app.ClientFor("responsabile");
        var response = await supervisor.PostAsJsonAsync("/api/v1/privacy/erase", new { fiscalCode = citizen, reference = "Prot. 2026/0413" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var erasure = (await response.Content.ReadFromJsonAsync<Erasure>(TestApi.Json))!;
        Assert.Equal([first.Code, open.Code], erasure.Anonymised);
        Assert.Equal([held.Code], erasure.Held);
        var stored = await app.StoredTicketsAsync();
        PrivacyTickets.AssertAnonymised(stored.Single(t => t.Id == first.Id));
        PrivacyTickets.AssertAnonymised(stored.Single(t => t.Id == open.Id));
        Assert.Equal(citizen, stored.Single(t => t.Id == held.Id).FiscalCode);
        Assert.Equal(other.Citizen.FiscalCode, stored.Single(t => t.Id == other.Id).FiscalCode);
        Assert.Equal("Pagamento disposto.", stored.Single(t => t.Id == other.Id).Feedback);
        Assert.Equal([held.Id], (await ExportAsync(citizen, "Prot. 2026/0414")).Tickets.Select(t => t.Ticket.Id));
    }

    [Fact]
    public async Task AnErasedTicketTakesNoMoreTextSoNothingBringsThePersonalDataBack()
    {
        var citizen = TestApi.NewCitizen().FiscalCode;
        using var phone = await app.ClientFor("linea1");
        var open = await phone.RecordAsync(TestApi.IntakeBody(citizen));
        using var supervisor = await app.ClientFor("responsabile");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync("/api/v1/privacy/erase", new { fiscalCode = citizen, reference = "Prot. 2026/0415" })).StatusCode);
        var before = (await app.StoredTicketsAsync()).Single(t => t.Id == open.Id).Events.Count;

        var note = await phone.ActAsync(open.Id, "notes", new { text = "Il cittadino si chiama Mario Rossi." });
        var call = await phone.ActAsync(open.Id, "calls", new { note = "Richiama Mario Rossi." });
        var take = await supervisor.ActAsync(open.Id, "take");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (note.StatusCode, call.StatusCode));
        Assert.Contains("già stati cancellati", await note.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.ActAsync(open.Id, "resolve", new { feedback = "Risposta a Mario Rossi." })).StatusCode);
        var stored = (await app.StoredTicketsAsync()).Single(t => t.Id == open.Id);
        Assert.Equal(before + 1, stored.Events.Count);
        Assert.DoesNotContain(stored.Events, e => e.Text?.Contains("Rossi", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ALegalHoldIsPlacedAndLiftedByTheSupervisorAndRefusedOnAnAnonymisedTicket()
    {
        var ticket = await app.RecordClosedAsync();
        using var supervisor = await app.ClientFor("responsabile");
        var url = $"/api/v1/tickets/{ticket.Id}/legal-hold";

        var placed = await (await supervisor.PostAsJsonAsync(url, new { reason = "Richiesta della Procura." })).Content.ReadFromJsonAsync<LegalHoldView>(TestApi.Json);
        Assert.True(placed!.Held);
        Assert.Equal(("Anna Valente", "Richiesta della Procura."), (placed.By, placed.Reason));
        var lifted = await (await supervisor.DeleteAsync(url)).Content.ReadFromJsonAsync<LegalHoldView>(TestApi.Json);
        Assert.False(lifted!.Held);

        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.PostAsJsonAsync(url, new { reason = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync("/api/v1/tickets/999999/legal-hold", new { reason = "x" })).StatusCode);
        await supervisor.PostAsJsonAsync("/api/v1/privacy/erase", new { fiscalCode = ticket.Citizen.FiscalCode, reference = "Prot. 1" });
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync(url, new { reason = "Troppo tardi." })).StatusCode);
    }

    [Fact]
    public async Task ARequestNeedsAValidFiscalCodeAndTheProtocolReference()
    {
        using var supervisor = await app.ClientFor("responsabile");

        var response = await supervisor.PostAsJsonAsync("/api/v1/privacy/export", new { fiscalCode = "RSSMRA80A01H501X", reference = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("fiscalCode", out _));
        Assert.True(errors.TryGetProperty("reference", out _));
    }

    [Theory]
    [InlineData("linea1")]
    [InlineData("bo.sanitaria")]
    [InlineData("sportello")]
    [InlineData("inca")]
    [InlineData("admin")]
    [InlineData("dpo")]
    public async Task OnlyTheSupervisorAnswersRequestsAndHoldsTickets(string user)
    {
        var ticket = await app.RecordClosedAsync();
        var request = new { fiscalCode = ticket.Citizen.FiscalCode, reference = "Prot. 9" };
        using var client = await app.ClientFor(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/privacy/export", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/privacy/erase", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/legal-hold", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/tickets/{ticket.Id}/legal-hold")).StatusCode);
        Assert.Equal(ticket.Citizen.FiscalCode, (await app.StoredTicketsAsync()).Single(t => t.Id == ticket.Id).FiscalCode);
    }

    private async Task<CitizenExport> ExportAsync(string fiscalCode, string reference)
    {
        using var supervisor = await app.ClientFor("responsabile");
        var response = await supervisor.PostAsJsonAsync("/api/v1/privacy/export", new { fiscalCode, reference });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CitizenExport>(TestApi.Json))!;
    }
}

public sealed class CitizenRightsTestsOnSqlite(SqliteFactory app) : CitizenRightsTests<SqliteFactory>(app);

public sealed class CitizenRightsTestsOnPostgres(PostgresFactory app) : CitizenRightsTests<PostgresFactory>(app);
