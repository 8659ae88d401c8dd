using FiloDiretto.Data;
using FiloDiretto.Demo;
using FiloDiretto.Telephony;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiloDiretto.Tests.Telephony;

/// <summary>The app on a real Kestrel port, for clients that speak real HTTP.</summary>
public sealed class KestrelSqliteFactory : SqliteFactory
{
    public KestrelSqliteFactory() => UseKestrel(0);

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public override Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }
}

public sealed class SimulatorTests(KestrelSqliteFactory app) : IClassFixture<KestrelSqliteFactory>
{
    [Fact]
    public async Task TheSimulatorPostsAnsweredAndMissedCallsOverHttp()
    {
        const string from = "+393471112223";
        using var output = new StringWriter();

        var exit = await CtiSimulator.RunAsync(
            ["--url", app.BaseAddress.ToString(), "--key", DemoMode.CtiDemoSecret, "--user", "linea1", "--from", from, "--calls", "4", "--ring-seconds", "0", "--talk-seconds", "0"],
            output,
            CancellationToken.None);

        Assert.Equal(0, exit);
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var calls = await db.Calls.AsNoTracking().Where(c => c.Citizen == from).ToListAsync();
        Assert.Equal(4, calls.Count);
        Assert.Equal(3, calls.Count(c => c.Outcome == CallOutcome.Answered && c.OperatorName == "Giulia Ferri (linea 1)" && c.Line == 1));
        Assert.Equal(1, calls.Count(c => c.Outcome == CallOutcome.Missed && c.OperatorId == null));
        Assert.DoesNotContain(from, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongKeyStopsTheSimulatorWithTheRefusal()
    {
        var run = CtiSimulator.RunAsync(
            ["--url", app.BaseAddress.ToString(), "--key", "non-e-la-chiave-giusta", "--user", "linea1", "--calls", "1", "--ring-seconds", "0"],
            TextWriter.Null,
            CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<HttpRequestException>(() => run);
        Assert.StartsWith("401", refusal.Message, StringComparison.Ordinal);
    }
}
