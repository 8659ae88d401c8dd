using System.Net;
using System.Text.RegularExpressions;
using FiloDiretto.Accounts;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>
/// Every endpoint of the running app × every role (and the anonymous caller): each is called and must admit exactly
/// the roles of its line in <see cref="Classification"/>. An endpoint without a line fails the suite by name.
/// </summary>
public sealed partial class AuthorizationMatrixTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    public static TheoryData<string> Callers => [.. Enum.GetValues<Role>().Select(r => r.ToString()), "Anonymous"];

    [Fact]
    public void EveryEndpointHasItsClassification()
    {
        var served = EndpointCatalogue.Read(app.Service<EndpointDataSource>()).Select(e => e.Key).ToHashSet();

        var unclassified = served.Where(k => !Classification.Expected.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var stale = Classification.Expected.Keys.Where(k => !served.Contains(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unclassified.Count == 0, "Endpoints without a line in Classification.Expected: " + string.Join(", ", unclassified));
        Assert.True(stale.Count == 0, "Lines of Classification.Expected that the app no longer serves: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EveryEndpointAdmitsExactlyItsRoles(string caller)
    {
        Role? role = caller == "Anonymous" ? null : Enum.Parse<Role>(caller);
        var callerOfRole = role is { } r ? await Caller.SignInAsync(app, Caller.DemoUsers[r]) : Caller.Anonymous(app);
        using var office = await app.ClientFor("linea1");
        var ticket = await office.RecordAsync();
        var sample = new MatrixTicket(ticket.Id, ticket.Citizen.FiscalCode);

        var wrong = new List<string>();
        foreach (var endpoint in EndpointCatalogue.Read(app.Service<EndpointDataSource>()))
        {
            if (!Classification.Expected.TryGetValue(endpoint.Key, out var access))
            {
                continue; // named by EveryEndpointHasItsClassification
            }

            var path = Parameter().Replace(endpoint.Route, m => Classification.Sample(m.Groups[1].Value, sample));
            foreach (var method in endpoint.MethodsToCall)
            {
                var (outcome, answer) = await CallAsync(callerOfRole, endpoint.Kind, method, path);
                var expected = access.Admits(role) ? Outcome.Admitted : role is null || access.OfficeKeyOnly ? Outcome.SignInAsked : Outcome.Refused;
                if (outcome != expected)
                {
                    wrong.Add($"{method} {path}: expected {expected}, got {outcome} ({answer})");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{caller}:\n" + string.Join("\n", wrong));
    }

    private enum Outcome
    {
        Admitted,
        SignInAsked,
        Refused,
    }

    private static async Task<(Outcome Outcome, string Answer)> CallAsync(Caller caller, EndpointKind kind, string method, string path)
    {
        try
        {
            using var response = await caller.CallAsync(kind, method, path, SampleBody());
            return (await OutcomeAsync(kind, response), $"{(int)response.StatusCode} {response.Headers.Location}");
        }
        catch (BadHttpRequestException ex)
        {
            // The test server rethrows what the endpoint threw: the call went past authorisation.
            return (Outcome.Admitted, ex.Message);
        }
    }

    /// <summary>How a caller experiences the answer: the API says 401/403, a page sends to the sign-in or says access is denied.</summary>
    private static async Task<Outcome> OutcomeAsync(EndpointKind kind, HttpResponseMessage response)
    {
        if (kind is EndpointKind.Api or EndpointKind.Hub)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => Outcome.SignInAsked,
                HttpStatusCode.Forbidden => Outcome.Refused,
                _ => Outcome.Admitted,
            };
        }

        var location = response.Headers.Location?.OriginalString ?? "";
        if (location.Contains("/accedi?ReturnUrl=", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.SignInAsked;
        }

        if (location.Contains("/accesso-negato", StringComparison.Ordinal)
            || (await response.Content.ReadAsStringAsync()).Contains("Il proprio ruolo non consente di aprire questa pagina.", StringComparison.Ordinal))
        {
            return Outcome.Refused;
        }

        return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? Outcome.Refused : Outcome.Admitted;
    }

    /// <summary>One body valid for every ticket endpoint (intake and each action), so an admitted call meets the use case, not just the binder.</summary>
    private static object SampleBody()
    {
        var citizen = TestApi.NewCitizen();
        return new
        {
            citizen = new { fiscalCode = citizen.FiscalCode, surname = citizen.Surname, givenName = citizen.GivenName, phone = citizen.Phone },
            category = "PAG",
            description = "Pagamento non arrivato.",
            channel = "phone",
            line = 1,
            text = "Nota di prova.",
            note = "Nota di prova.",
            request = "Inviare il modulo firmato.",
            feedback = "Pagamento disposto.",
            reason = "Il cittadino richiama.",
            to = "ASL Latina",
            outcome = "reached",
        };
    }

    [GeneratedRegex(@"\{\**([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
