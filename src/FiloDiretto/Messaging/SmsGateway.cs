using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Messaging;

/// <summary>
/// Sends one text message through the configured HTTP gateway (Messaging:Sms): a POST of <c>{"to", "text"}</c> with the
/// key in a header, never in the URL; any 2xx means the gateway accepted it.
/// </summary>
public sealed class SmsGateway(IHttpClientFactory clients, IOptions<MessagingOptions> options)
{
    public async Task SendAsync(string to, string text, CancellationToken ct)
    {
        var sms = options.Value.Sms;
        if (string.IsNullOrWhiteSpace(sms.Url))
        {
            throw new DeliveryException("SMS gateway not configured (Messaging:Sms:Url)");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, sms.Url) { Content = JsonContent.Create(new { to, text }) };
        if (!string.IsNullOrEmpty(sms.Key))
        {
            request.Headers.TryAddWithoutValidation(sms.KeyHeader, sms.Key);
        }

        using var response = await clients.CreateClient(nameof(SmsGateway)).SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }
}
