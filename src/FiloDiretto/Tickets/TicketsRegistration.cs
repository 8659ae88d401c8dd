using FiloDiretto.Offices;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FiloDiretto.Tickets;

public static class TicketsRegistration
{
    public static void AddTickets(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OfficeProfiles>();
        builder.Services.AddSingleton<RecordTicket>();
        builder.Services.AddSingleton<IntakeWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IntakeWriter>());
        builder.Services.AddSingleton<TicketTransactions>();
        builder.Services.AddSingleton<TicketActions>();
        builder.Services.AddSingleton<TicketQueries>();
    }
}
