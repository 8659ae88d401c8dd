namespace FiloDiretto.Workspace;

public static class WorkspaceRegistration
{
    public static void AddWorkspace(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<ReadTicketHead>();
}
