using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FiloDiretto.Bench;

/// <summary>Sign-in and the event feed; the calls around the load, where any failure ends the run.</summary>
internal sealed class ServerApi(HttpClient http)
{
    private const int FeedPageSize = 1000;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static HttpClient CreateHttpClient(BenchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            // One connection per client: requests never queue inside the bench for a free socket.
            MaxConnectionsPerServer = options.Clients,
            UseProxy = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        return new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task<string> SignInAsync(string userName, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/auth/token")
        {
            Content = JsonContent.Create(new SignInRequest(userName, password), options: Json),
        };
        var token = await SendAsync<TokenResponse>(request, $"Sign-in as '{userName}'");
        return token.AccessToken is { Length: > 0 } accessToken
            ? accessToken
            : throw new BenchFailure($"Sign-in as '{userName}' answered without an access token.", BenchFailure.ServerUnavailable);
    }

    /// <summary>The sequence number of the newest event, so the final check reads only this run's events.</summary>
    public Task<long> ReadFeedTipAsync(string token) => ReadFeedAsync(token, after: 0, static _ => { });

    public async Task<HashSet<long>> ReadCreatedTicketIdsAsync(string token, long after)
    {
        var created = new HashSet<long>();
        await ReadFeedAsync(token, after, e =>
        {
            if (e.IsCreated)
            {
                created.Add(e.TicketId);
            }
        });
        return created;
    }

    private async Task<long> ReadFeedAsync(string token, long after, Action<TicketChanged> onEvent)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/events?after={after}&limit={FeedPageSize}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var page = await SendAsync<EventPage>(request, "Reading the event feed");
            foreach (var e in page.Items)
            {
                onEvent(e);
            }

            if (page.Items.Count == 0 || page.Last <= after)
            {
                return after;
            }

            after = page.Last;
        }
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, string what)
    {
        try
        {
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                throw new BenchFailure(
                    $"{what} failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {request.RequestUri}.",
                    BenchFailure.ServerUnavailable);
            }

            return await response.Content.ReadFromJsonAsync<T>(Json)
                ?? throw new BenchFailure($"{what}: empty response from {request.RequestUri}.", BenchFailure.ServerUnavailable);
        }
        catch (HttpRequestException e)
        {
            throw new BenchFailure($"Cannot reach FiloDiretto at {http.BaseAddress} (is it running?): {e.Message}", BenchFailure.ServerUnavailable);
        }
        catch (TaskCanceledException)
        {
            throw new BenchFailure($"{what}: no answer from {http.BaseAddress} within {http.Timeout.TotalSeconds:0} s.", BenchFailure.ServerUnavailable);
        }
        catch (JsonException e)
        {
            throw new BenchFailure($"{what}: the response is not the expected JSON ({e.Message}).", BenchFailure.ServerUnavailable);
        }
    }
}
