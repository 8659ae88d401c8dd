using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FiloDiretto.BrowserTests.Infrastructure;

namespace FiloDiretto.BrowserTests;

/// <summary>A network drop is shown, recovered from, and the queue is complete afterwards.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReconnectionTests(BrowserFixture browser, DemoApp app)
{
    [Fact]
    public async Task AfterANetworkDropTheQueueShowsWhatArrivedMeanwhileWithoutReload()
    {
        var page = await browser.NewPageAsync(app, "bo.pagamenti");
        await using var closing = page.Closing();
        var network = new FlakyNetwork();
        await network.AttachAsync(page);
        await page.GotoAsync("/coda");
        await page.WaitForCircuitAsync();
        await page.MarkWindowAsync();

        await network.DropAsync();
        var modal = page.Locator("#components-reconnect-modal");
        await Expect(modal).ToBeVisibleAsync();
        await Expect(modal).ToContainTextAsync("Connessione al server persa");

        using var phone = await app.ApiClientFor("linea1");
        var (_, code) = await phone.RecordAsync(
            "PAG", "Rata non accreditata mentre la linea era giù", fiscalCode: "VRDLGU70M10E472M", surname: "Verdi", givenName: "Luigi", phone: "3331234567");
        await Expect(page.Row(code)).ToHaveCountAsync(0);

        network.Restore();
        // Blazor retries on its own with back-off; the first retries come within seconds.
        await Expect(modal).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await Expect(page.Row(code)).ToBeVisibleAsync();
        Assert.True(await page.WindowStillMarkedAsync(), "The page was reloaded.");
    }

    /// <summary>Cuts the page's connection to Blazor's hub, and keeps it cut (WebSocket and HTTP fallbacks) until restored.</summary>
    private sealed class FlakyNetwork
    {
        private readonly List<IWebSocketRoute> _open = [];
        private volatile bool _down;

        public async Task AttachAsync(IPage page)
        {
            await page.RouteWebSocketAsync("**/_blazor**", async ws =>
            {
                if (_down)
                {
                    await ws.CloseAsync();
                    return;
                }

                ws.ConnectToServer();
                lock (_open)
                {
                    _open.Add(ws);
                }
            });
            await page.RouteAsync("**/_blazor**", route => _down ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());
        }

        public async Task DropAsync()
        {
            _down = true;
            IWebSocketRoute[] open;
            lock (_open)
            {
                open = [.. _open];
                _open.Clear();
            }

            foreach (var ws in open)
            {
                await ws.CloseAsync(new() { Code = 4000, Reason = "network drop" });
            }
        }

        public void Restore() => _down = false;
    }
}
