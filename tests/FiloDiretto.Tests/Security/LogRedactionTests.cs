using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using FiloDiretto.Platform.Security;
using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FiloDiretto.Tests.Security;

/// <summary>Every log line, the framework's request logs at Debug included, written as a provider would see it.</summary>
public sealed class LogCapturingFactory : SqliteFactory
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Debug");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug");
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new CapturingProvider(Lines)));
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = new List<string> { category, formatter(state, exception), exception?.ToString() ?? "" };
                if (state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    line.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
                }

                owner._scopes?.ForEachScope((scope, l) =>
                {
                    l.Add(scope?.ToString() ?? "");
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        l.AddRange(pairs.Select(v => $"{v.Key}={v.Value}"));
                    }
                }, line);
                owner.Add(string.Join(" | ", line));
            }
        }

        private void Add(string line) => lines.Enqueue(line);
    }
}

public sealed partial class LogRedactionTests(LogCapturingFactory app) : IClassFixture<LogCapturingFactory>
{
    [Fact]
    public async Task TypicalRequestsLeaveNoFiscalCodeNorPhoneNumberInClearInAnyLog()
    {
        var (fiscalCode, surname, givenName, _) = TestApi.NewCitizen();
        const string phone = "347 123 4567";
        using var operatorClient = await app.ClientFor("linea1");
        using var specialist = await app.ClientFor("bo.pagamenti");

        var ticket = await operatorClient.RecordAsync(new
        {
            citizen = new { fiscalCode, surname, givenName, phone },
            category = "PAG",
            description = $"Richiamare al 3471234567, codice {fiscalCode}.",
            channel = "phone",
            line = 1,
        });
        using var lookup = await operatorClient.GetAsync($"/api/v1/citizens/{fiscalCode}/tickets");
        using var byFilter = await operatorClient.GetAsync($"/api/v1/tickets?fiscalCode={fiscalCode}");
        using var invalid = await operatorClient.GetAsync($"/api/v1/citizens/{fiscalCode.ToLowerInvariant()}X/tickets");
        using var malformed = await operatorClient.PostAsync("/api/v1/tickets", new StringContent($"{{\"citizen\":{{\"fiscalCode\":\"{fiscalCode}\",\"phone\":3471234567", System.Text.Encoding.UTF8, "application/json"));
        using var take = await specialist.ActAsync(ticket.Id, "take");
        using var contact = await specialist.ActAsync(ticket.Id, "contacts", new { channel = "phone", outcome = "reached", note = $"Chiamato il +39 347 1234567 ({fiscalCode})" });

        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byFilter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, contact.StatusCode);
        var lines = app.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("/api/v1/citizens/", StringComparison.Ordinal)); // the request log is on, so the check is real
        foreach (var line in lines)
        {
            Assert.False(line.Contains(fiscalCode, StringComparison.OrdinalIgnoreCase) || PhoneInClear().IsMatch(line), line);
        }
    }

    [Theory]
    [InlineData("GET /api/v1/citizens/RSSMRA68A01H501Y/tickets", "GET /api/v1/citizens/RSS************Y/tickets")]
    [InlineData("?fiscalCode=rssmra68a01h501y&q=x", "?fiscalCode=rss************y&q=x")]
    [InlineData("omocodia RSSMRA68A01H50MY.", "omocodia RSS************Y.")]
    [InlineData("tel +393471234567, fisso 0773 123456", "tel +39*****67, fisso 077*****56")]
    [InlineData("tel 347-123-4567", "tel 347*****67")]
    public void MasksFiscalCodesAndPhoneNumbers(string text, string masked) => Assert.Equal(masked, PersonalDataMask.Apply(text));

    [Theory]
    [InlineData("Request finished HTTP/1.1 GET /api/v1/tickets/42 - 200 - 12.3456ms")]
    [InlineData("Ticket LT-2026-000123 at 2026-04-20T07:00:00Z, event 1234567")]
    [InlineData("Connection id \"0HNAB12CD34EF\" started")]
    public void LeavesOrdinaryLogTextAlone(string text) => Assert.Equal(text, PersonalDataMask.Apply(text));

    [GeneratedRegex("3471234567|347 123 4567|347 1234567")]
    private static partial Regex PhoneInClear();
}
