namespace FiloDiretto.Supervision;

public static class SupervisionRegistration
{
    public static void AddSupervision(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<ReadOfficeOverview>();
}
