using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Demo;
using FiloDiretto.Tests.Infrastructure;

namespace FiloDiretto.Tests;

/// <summary>The newcomer's first command, run for real: a process of its own, a real port, the demo seeded.</summary>
public sealed class RunCommandTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);

    [Fact]
    public async Task DemoRunCommandServesTheDemoOfficeOnARealPort()
    {
        var repo = RepositoryRoot();
        var data = Directory.CreateTempSubdirectory("filodiretto-run-");
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var output = new ConcurrentQueue<string>();
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --no-build: test.sh (or dotnet test) has just built the solution in this configuration, and a
        // second build here would race the running test assemblies over the same output folders.
        foreach (var argument in new[]
                 {
                     "run", "--project", Path.Combine(repo, "src", "FiloDiretto"), "--no-build", "-c", BuildConfiguration(),
                     "--", "--demo", "--urls", baseAddress.ToString().TrimEnd('/'),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // Its own database file, so the developer's data/filodiretto.db is never touched.
        start.Environment["ConnectionStrings__FiloDiretto"] = $"Data Source={Path.Combine(data.FullName, "filodiretto.db")}";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Collect(output, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(output, e.Data);
        try
        {
            Assert.True(process.Start(), "dotnet did not start.");
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilReadyAsync(http, process, output);

            using var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "linea1", password = DemoMode.Password });
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            var accessToken = (await token.Content.ReadFromJsonAsync<TokenResponse>(TestApi.Json))!.AccessToken;
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/categories");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var categories = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, categories.StatusCode);
            Assert.Equal(24, (await categories.Content.ReadFromJsonAsync<List<CategoryView>>(TestApi.Json))!.Count);
            Assert.True(File.Exists(Path.Combine(data.FullName, "filodiretto.db")), "The app did not use the database it was given.");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            try
            {
                data.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; the assertion above is what matters.
            }
        }
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process process, ConcurrentQueue<string> output)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                Assert.Fail($"The app exited with code {process.ExitCode} before answering:\n{string.Join('\n', output)}");
            }

            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        Assert.Fail($"/health/ready did not answer 200 within {StartTimeout.TotalSeconds} s:\n{string.Join('\n', output)}");
    }

    private static void Collect(ConcurrentQueue<string> output, string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FiloDiretto.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No FiloDiretto.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>Debug or Release, as the test assembly was built (bin/&lt;configuration&gt;/&lt;framework&gt;/).</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The dotnet that runs the tests (the SDK passes it down), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
