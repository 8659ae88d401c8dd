using System.Net.Sockets;
using MailKit.Net.Smtp;

namespace FiloDiretto.Messaging;

/// <summary>A sending channel that is not set up: the message fails with this reason rather than pretending.</summary>
public sealed class DeliveryException(string problem) : Exception(problem);

/// <summary>
/// Why an attempt failed, in a few words fit for the timeline and the logs: status codes and error names only,
/// never the exception's text, which can quote the recipient's address.
/// </summary>
public static class DeliveryProblem
{
    public static string Describe(Exception e) => e switch
    {
        DeliveryException d => d.Message,
        SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode}",
        SmtpProtocolException => "SMTP protocol error",
        MailKit.Security.AuthenticationException => "SMTP authentication refused",
        HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status}",
        HttpRequestException { InnerException: SocketException socket } => $"network: {socket.SocketErrorCode}",
        SocketException socket => $"network: {socket.SocketErrorCode}",
        HttpRequestException => "network error",
        TimeoutException or OperationCanceledException => "timeout",
        _ => e.GetType().Name,
    };
}
