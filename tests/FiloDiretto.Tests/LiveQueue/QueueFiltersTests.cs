using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.LiveQueue.Screens;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.LiveQueue;

public sealed class QueueFiltersTests
{
    private static readonly Actor Specialist = new("u1", "Chiara Neri", Role.BackOffice, 1, Area.Payments, null);
    private static readonly Actor Supervisor = new("u2", "Anna Valente", Role.Supervisor, 1, null, null);

    [Fact]
    public void ABareAddressMeansTheOpenTicketsOfTheSpecialistsAreaOrOfEveryAreaForTheSupervisor()
    {
        var specialist = QueueFilters.FromAddress(Specialist, null, null, null, null, null, null);
        var supervisor = QueueFilters.FromAddress(Supervisor, null, null, null, null, null, null);

        Assert.Equal(new TicketFilter(Status: "New,InProgress,AwaitingCitizen,Reopened", Area: "Payments", Limit: TicketQueries.MaxLimit), specialist.ToTicketFilter());
        Assert.Null(supervisor.ToTicketFilter().Area);
        Assert.All(specialist.ToAddress(Specialist).Values, Assert.Null);
    }

    [Fact]
    public void EveryFilterSurvivesTheTripThroughTheAddress()
    {
        var chosen = new QueueFilters(null, "PAG", TicketStatus.AwaitingCitizen, false, true, true, "Rossi");

        var address = chosen.ToAddress(Specialist);
        var read = QueueFilters.FromAddress(Specialist, Text(address, "area"), Text(address, "category"), Text(address, "status"),
            Text(address, "mine"), Text(address, "overdue"), Text(address, "q"));

        Assert.Equal("all", address["area"]);
        Assert.Equal("awaiting-citizen", address["status"]);
        Assert.Equal(chosen, read);
        Assert.Equal(new TicketFilter("AwaitingCitizen", null, "PAG", "me", true, null, "Rossi", TicketQueries.MaxLimit), read.ToTicketFilter());
    }

    [Fact]
    public void AllStatusesDropsTheStatusConditionAndNonsenseFallsBackToTheDefaults()
    {
        var all = QueueFilters.FromAddress(Specialist, "pensioni", " ", "all", "yes", "1", " ");
        var nonsense = QueueFilters.FromAddress(Specialist, null, null, "sospesa", null, null, null);

        Assert.Equal(new TicketFilter(Area: "Payments", Limit: TicketQueries.MaxLimit), all.ToTicketFilter());
        Assert.Equal(QueueFilters.For(Specialist), nonsense);
    }

    private static string? Text(IReadOnlyDictionary<string, object?> address, string name) => address[name] as string;
}
