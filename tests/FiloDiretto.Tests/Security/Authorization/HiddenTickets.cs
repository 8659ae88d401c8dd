using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;
using Microsoft.AspNetCore.Routing;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>
/// A ticket out of a caller's reach must look exactly like one that does not exist, on every endpoint that names a
/// ticket: same status, same problem (but for its trace id), and the ticket untouched.
/// </summary>
public static partial class HiddenTickets
{
    public const long Missing = 987_654_321;

    public static async Task AssertEveryTicketEndpointHidesAsync(AppFactory app, Caller outsider, TicketView hidden, HttpClient owner)
    {
        var before = await owner.GetTicketAsync(hidden.Id);
        var ticketEndpoints = EndpointCatalogue.Read(app.Service<EndpointDataSource>())
            .Where(e => e.Kind is EndpointKind.Api or EndpointKind.Page && TicketId().IsMatch(e.Route));
        var differences = new List<string>();
        foreach (var endpoint in ticketEndpoints)
        {
            foreach (var method in endpoint.MethodsToCall.Where(m => endpoint.Kind == EndpointKind.Api || m == "GET"))
            {
                var (hiddenAnswer, hiddenBody) = await AnswerAsync(outsider, endpoint, method, hidden.Id);
                var (missingAnswer, missingBody) = await AnswerAsync(outsider, endpoint, method, Missing);
                if (hiddenAnswer != missingAnswer || (endpoint.Kind == EndpointKind.Api && hiddenBody != missingBody))
                {
                    differences.Add($"{method} {endpoint.Route}: {hiddenAnswer} {hiddenBody} for the hidden ticket, {missingAnswer} {missingBody} for a missing one");
                }

                // Refused by role (403) says nothing about the ticket; anything else but 404 would.
                if (endpoint.Kind == EndpointKind.Api && hiddenAnswer is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                {
                    differences.Add($"{method} {endpoint.Route}: {hiddenAnswer}, not 404");
                }

                if (hiddenBody.Contains(hidden.Code, StringComparison.Ordinal) || hiddenBody.Contains(hidden.Citizen.Surname, StringComparison.Ordinal))
                {
                    differences.Add($"{method} {endpoint.Route}: shows the hidden ticket");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        var after = await owner.GetTicketAsync(hidden.Id);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.Timeline!.Count, after.Timeline!.Count);
    }

    /// <summary>A problem body without its trace id, which differs on every request.</summary>
    public static async Task<string> ProblemWithoutTraceAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return text;
        }

        var problem = JsonNode.Parse(text)!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    private static async Task<(HttpStatusCode Status, string Body)> AnswerAsync(Caller caller, AppEndpoint endpoint, string method, long id)
    {
        var path = TicketId().Replace(endpoint.Route, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var response = await caller.CallAsync(endpoint.Kind, method, path, Body);
        return (response.StatusCode, await ProblemWithoutTraceAsync(response));
    }

    private static readonly object Body = new
    {
        text = "Nota di prova.",
        note = "Nota di prova.",
        request = "Inviare il modulo firmato.",
        feedback = "Pagamento disposto.",
        reason = "Il cittadino richiama.",
        to = "ASL Latina",
        channel = "phone",
        outcome = "reached",
    };

    [GeneratedRegex(@"\{[Ii]d(?::[^}]*)?\}")]
    private static partial Regex TicketId();
}
