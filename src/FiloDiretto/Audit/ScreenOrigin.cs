using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace FiloDiretto.Audit;

/// <summary>Makes every activity of a Blazor circuit (events, navigation, first render) run with the screen as its <see cref="AccessOrigin"/>.</summary>
internal sealed class ScreenOrigin(IHttpContextAccessor http, NavigationManager navigation) : CircuitHandler
{
    private string? _remoteAddress;

    // The circuit opens inside the browser's connection request, the only moment its address is at hand.
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _remoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            AccessOrigin.Set(() => AccessOrigin.OfScreen(navigation.ToBaseRelativePath(navigation.Uri), _remoteAddress));
            return next(context);
        };
}
