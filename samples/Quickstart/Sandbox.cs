using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Quickstart;

/// <summary>
/// A local stand-in for the API: the WireMock standalone server (restored into build/node_modules by the
/// library's build) serving the stateful scenario in Sandbox/mappings. Needs Java 17+.
/// </summary>
internal sealed class Sandbox : IAsyncDisposable
{
    private readonly Process _process;

    private Sandbox(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<Sandbox> StartAsync(CancellationToken cancellationToken)
    {
        var jar = FindWireMockJar();
        var port = FreeLoopbackPort();
        var root = Path.Combine(AppContext.BaseDirectory, "Sandbox");
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", jar, "--port", port.ToString(), "--bind-address", "127.0.0.1", "--root-dir", root, "--disable-banner" })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("The sandbox needs Java 17+ on PATH (Debian/Ubuntu: apt-get install openjdk-17-jre-headless), or set OPENAI_API_KEY to use the real API.", ex);
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var sandbox = new Sandbox(process, new Uri($"http://127.0.0.1:{port}/v1"));
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/__admin/health", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return sandbox;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await sandbox.DisposeAsync();
                throw new InvalidOperationException("The WireMock sandbox did not start.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string FindWireMockJar()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var tools = Path.Combine(dir.FullName, "build", "node_modules", "wiremock", "build");
            if (Directory.Exists(tools))
            {
                return Directory.GetFiles(tools, "wiremock-standalone-*.jar").Single();
            }
        }

        throw new InvalidOperationException("WireMock was not found under build/node_modules; run 'dotnet build' from the repository root first.");
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
