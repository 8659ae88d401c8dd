using FiloDiretto.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace FiloDiretto.LiveQueue;

/// <summary>Pushes <c>TicketChanged</c> to every signed-in member of the office's staff.</summary>
[Authorize(Policy = Policies.LiveQueue)]
public sealed class QueueHub : Hub
{
    public const string Path = "/hubs/queue";
    public const string TicketChanged = nameof(TicketChanged);

    public static string OfficeGroup(int officeId) => $"office:{officeId}";

    public override async Task OnConnectedAsync()
    {
        var actor = Actor.From(Context.User!);
        await Groups.AddToGroupAsync(Context.ConnectionId, OfficeGroup(actor.OfficeId));
        await base.OnConnectedAsync();
    }
}
