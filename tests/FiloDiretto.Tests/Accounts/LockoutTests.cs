using System.Net;
using System.Net.Http.Json;
using FiloDiretto.Accounts;
using FiloDiretto.Demo;

namespace FiloDiretto.Tests.Accounts;

[Collection(AccountsFactory.Suite)]
public sealed class LockoutTests(AccountsFactory app)
{
    private const string Wrong = "Nome utente o password errati.";

    [Fact]
    public async Task FiveWrongPasswordsOnTheSignInPageLockTheUserOutOfThePageAndTheApiForFifteenMinutes()
    {
        var user = await app.NewUserAsync(Role.PhoneOperator);
        using var session = PageSession.Open(app);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await session.SignInAsync(user.UserName!, "Sbagliata!2026");
            Assert.Contains(Wrong, await PageSession.TextAsync(wrong), StringComparison.Ordinal);
        }

        using var right = await session.SignInAsync(user.UserName!, DemoMode.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(Wrong, await PageSession.TextAsync(right), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(user.UserName!, DemoMode.Password)).StatusCode);
        var stored = await app.ReloadAsync(user);
        Assert.InRange(stored.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task WrongPasswordsOnTheTokenEndpointCountTooAndTheAnswerNeverTellsWhetherTheUserExists()
    {
        var user = await app.NewUserAsync(Role.BackOffice);
        using var unknown = await TokenAsync("nessuno.qui", "Sbagliata!2026");
        var refusal = await RefusalAsync(unknown);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await TokenAsync(user.UserName!, "Sbagliata!2026");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal(refusal, await RefusalAsync(wrong));
        }

        Assert.Null((await app.ReloadAsync(user)).LockoutEnd);
        using var fifth = await TokenAsync(user.UserName!, "Sbagliata!2026");
        using var locked = await TokenAsync(user.UserName!, DemoMode.Password);
        Assert.Equal(refusal, await RefusalAsync(locked));

        using var session = PageSession.Open(app);
        using var page = await session.SignInAsync(user.UserName!, DemoMode.Password);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Wrong, await PageSession.TextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASuccessfulSignInForgetsEarlierFailures()
    {
        var user = await app.NewUserAsync(Role.Counter);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await TokenAsync(user.UserName!, "Sbagliata!2026");
        }

        using var right = await TokenAsync(user.UserName!, DemoMode.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(0, (await app.ReloadAsync(user)).AccessFailedCount);
    }

    private static async Task<(HttpStatusCode, string?, string?)> RefusalAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        return (response.StatusCode, problem?.Title, problem?.Detail);
    }

    private async Task<HttpResponseMessage> TokenAsync(string userName, string password)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
    }
}
