using System.Net.Http.Json;
using System.Text.Json;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests.Api;

public sealed class OpenApiTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryEndpointOfTheContract()
    {
        using var client = app.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/v1/auth/token", "/api/v1/tickets", "/api/v1/tickets/{id}", "/api/v1/tickets/{id}/take",
                "/api/v1/tickets/{id}/release", "/api/v1/tickets/{id}/notes", "/api/v1/tickets/{id}/calls",
                "/api/v1/tickets/{id}/contacts", "/api/v1/tickets/{id}/await-citizen", "/api/v1/tickets/{id}/resolve",
                "/api/v1/tickets/{id}/forward", "/api/v1/tickets/{id}/reopen", "/api/v1/tickets/{id}/close",
                "/api/v1/citizens/{fiscalCode}/tickets", "/api/v1/categories", "/api/v1/events",
            },
            paths);
        Assert.DoesNotContain("/esci", paths);
    }
}
