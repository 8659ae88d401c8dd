namespace FiloDiretto.Administration;

public static class AdministrationRegistration
{
    public static void AddAdministration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ListUsers>();
        builder.Services.AddSingleton<CreateUser>();
        builder.Services.AddSingleton<ChangeUserRole>();
        builder.Services.AddSingleton<DisableUser>();
        builder.Services.AddSingleton<ResetPassword>();
        builder.Services.AddSingleton<ListCategories>();
        builder.Services.AddSingleton<CreateCategory>();
        builder.Services.AddSingleton<EditCategory>();
        builder.Services.AddSingleton<SetCategoryActive>();
        builder.Services.AddSingleton<ListLines>();
        builder.Services.AddSingleton<CreateLine>();
        builder.Services.AddSingleton<EditLine>();
        builder.Services.AddSingleton<RemoveLine>();
    }
}
