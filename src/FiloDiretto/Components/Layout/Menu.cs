using FiloDiretto.Accounts;

namespace FiloDiretto.Components.Layout;

/// <summary>A link of the main menu; <see cref="Key"/> names its text in MainLayout.resx.</summary>
public sealed record MenuItem(string Href, string Key);

/// <summary>What each role finds in the main menu; the first item is the role's home.</summary>
public static class Menu
{
    private static readonly MenuItem Intake = new("/chiamata", "Menu.Intake");
    private static readonly MenuItem Queue = new("/coda", "Menu.Queue");
    private static readonly MenuItem Overview = new("/supervisione", "Menu.Overview");
    public static readonly MenuItem Callbacks = new("/richiamate", "Menu.Callbacks");
    private static readonly MenuItem Templates = new("/supervisione/messaggi", "Menu.Templates");
    private static readonly MenuItem Calls = new("/chiamate", "Menu.Calls");
    private static readonly MenuItem Privacy = new("/privacy", "Menu.Privacy");
    private static readonly MenuItem Patronato = new("/patronato", "Menu.Patronato");
    private static readonly MenuItem Users = new("/amministrazione/utenti", "Menu.Users");
    private static readonly MenuItem Categories = new("/amministrazione/categorie", "Menu.Categories");
    private static readonly MenuItem Lines = new("/amministrazione/linee", "Menu.Lines");
    private static readonly MenuItem AccessLog = new("/registro-accessi", "Menu.AccessLog");

    public static IReadOnlyList<MenuItem> For(Role role) => role switch
    {
        Role.PhoneOperator => [Intake, Queue, Calls],
        Role.BackOffice => [Queue, Callbacks, Intake],
        Role.Supervisor => [Overview, Queue, Callbacks, Intake, Calls, Templates, Privacy],
        Role.Counter => [Queue, Intake],
        Role.Patronato => [Patronato, Intake],
        Role.Admin => [Users, Categories, Lines],
        Role.Auditor => [AccessLog],
        _ => [],
    };

    public static string HomeOf(Role role) => For(role) is [var first, ..] ? first.Href : "/";
}
