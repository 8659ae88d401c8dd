namespace FiloDiretto.Patronati;

public static class PatronatiRegistration
{
    public static void AddPatronati(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<ReadOrganisationTickets>();
}
