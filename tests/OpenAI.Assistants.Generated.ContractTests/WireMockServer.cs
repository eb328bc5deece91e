using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>Locates files of the repository from the test output directory.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first folder above the test assembly that holds <c>nswag.json</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The WireMock standalone jar restored by <c>npm ci</c> in <c>build/</c>.</summary>
    public static string WireMockJar => Path.Combine(Root, "build", "node_modules", "wiremock", "build", "wiremock-standalone-3.13.2.jar");

    /// <summary>The OpenAPI document the client is generated from.</summary>
    public static string OpenApiDocument => Path.Combine(Root, "openapi", "assistants-v1.yaml");

    /// <summary>The test output directory (where Mappings/ and Fixtures/ are copied).</summary>
    public static string OutputDirectory => AppContext.BaseDirectory;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "nswag.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing nswag.json above {AppContext.BaseDirectory}.");
    }
}

/// <summary>
/// A WireMock standalone server (<c>java -jar wiremock-standalone.jar</c>) on a free loopback port, with helpers over its
/// admin API: reset, add a mapping file, read the request journal, count requests.
/// </summary>
public sealed class WireMockServer : IDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _stderr;
    private readonly string _rootDir;
    private readonly HttpClient _admin;

    private WireMockServer(Process process, StringBuilder stderr, string rootDir, int port)
    {
        _process = process;
        _stderr = stderr;
        _rootDir = rootDir;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}";
        _admin = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The port the server listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>The server's address, without a trailing slash, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The Java process id, for diagnostics.</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts the server with a fresh root directory whose <c>__files/</c> holds <paramref name="fixturesDirectory"/>'s
    /// files (what mappings name with <c>bodyFileName</c>). Retries on another port when a start fails.
    /// </summary>
    public static async Task<WireMockServer> StartAsync(string jarPath, string fixturesDirectory, int attempts = 3)
    {
        if (!File.Exists(jarPath))
        {
            throw new FileNotFoundException($"WireMock jar not found at {jarPath}; build src/OpenAI.Assistants.Generated (it runs npm ci in build/).", jarPath);
        }

        Exception? last = null;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                return await StartOnceAsync(jarPath, fixturesDirectory).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < attempts)
            {
                last = ex;
            }
        }

        throw new InvalidOperationException($"WireMock did not start after {attempts} attempts.", last);
    }

    private static async Task<WireMockServer> StartOnceAsync(string jarPath, string fixturesDirectory)
    {
        var rootDir = Path.Combine(Path.GetTempPath(), "wiremock-contract-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(rootDir, "mappings"));
        CopyDirectory(fixturesDirectory, Path.Combine(rootDir, "__files"));

        var port = FreeLoopbackPort();
        var startInfo = new ProcessStartInfo("java")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var arg in new[] { "-jar", jarPath, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind-address", "127.0.0.1", "--disable-banner", "--root-dir", rootDir })
        {
            startInfo.ArgumentList.Add(arg);
        }

        var stderr = new StringBuilder();
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.OutputDataReceived += (_, e) => { };
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start java.");
        }

        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var server = new WireMockServer(process, stderr, rootDir, port);
        try
        {
            await server.WaitUntilReadyAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var watch = Stopwatch.StartNew();
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (watch.Elapsed < StartupTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"WireMock exited with code {_process.ExitCode} while starting on port {Port}. stderr:\n{Stderr}");
            }

            try
            {
                using var response = await probe.GetAsync(BaseUrl + "/__admin/mappings").ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new TimeoutException($"WireMock did not answer GET /__admin/mappings on port {Port} within {StartupTimeout.TotalSeconds:0} s. stderr:\n{Stderr}");
    }

    /// <summary>What the Java process wrote to stderr so far.</summary>
    public string Stderr
    {
        get { lock (_stderr) { return _stderr.ToString(); } }
    }

    /// <summary>Removes all mappings and clears the request journal (<c>POST /__admin/reset</c>).</summary>
    public async Task ResetAsync()
    {
        using var response = await _admin.PostAsync("/__admin/reset", new StringContent(string.Empty)).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "POST /__admin/reset").ConfigureAwait(false);
    }

    /// <summary>Adds the mapping in <c>Mappings/&lt;relativePath&gt;</c> of the test output (<c>POST /__admin/mappings</c>).</summary>
    /// <param name="relativePath">For example <c>Assistants/CreateAssistant.json</c>.</param>
    public async Task AddMappingFileAsync(string relativePath)
    {
        var path = Path.Combine(RepoPaths.OutputDirectory, "Mappings", relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Mapping file not found: {path}", path);
        }

        var json = await File.ReadAllTextAsync(path).ConfigureAwait(false);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _admin.PostAsync("/__admin/mappings", content).ConfigureAwait(false);
        await EnsureSuccessAsync(response, $"POST /__admin/mappings ({relativePath})").ConfigureAwait(false);
    }

    /// <summary>All requests received since the last reset, newest first (<c>GET /__admin/requests</c>): the <c>requests</c> array.</summary>
    public async Task<JArray> GetRequestsAsync() => (JArray)(await GetJsonAsync("/__admin/requests").ConfigureAwait(false))["requests"]!;

    /// <summary>Requests no mapping matched (<c>GET /__admin/requests/unmatched</c>): the <c>requests</c> array.</summary>
    public async Task<JArray> GetUnmatchedAsync() => (JArray)(await GetJsonAsync("/__admin/requests/unmatched").ConfigureAwait(false))["requests"]!;

    /// <summary>For each unmatched request, the closest mappings and how they differ (<c>GET /__admin/requests/unmatched/near-misses</c>).</summary>
    public async Task<JToken> GetNearMissesAsync() => await GetJsonAsync("/__admin/requests/unmatched/near-misses").ConfigureAwait(false);

    /// <summary>How many requests with this method and exact path were received (<c>POST /__admin/requests/count</c>).</summary>
    public async Task<int> CountAsync(string method, string urlPath)
    {
        var pattern = new JObject { ["method"] = method, ["urlPath"] = urlPath };
        using var content = new StringContent(pattern.ToString(), Encoding.UTF8, "application/json");
        using var response = await _admin.PostAsync("/__admin/requests/count", content).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "POST /__admin/requests/count").ConfigureAwait(false);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return body.Value<int>("count");
    }

    /// <summary>Throws unless exactly <paramref name="expectedCount"/> requests with this method and path were received.</summary>
    public async Task VerifyAsync(string method, string urlPath, int expectedCount)
    {
        var actual = await CountAsync(method, urlPath).ConfigureAwait(false);
        if (actual != expectedCount)
        {
            var requests = await GetRequestsAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                $"Expected {expectedCount} request(s) {method} {urlPath}, WireMock received {actual}. Journal:\n{Summarize(requests)}");
        }
    }

    /// <summary>One line per journal entry: method, URL, matched or not.</summary>
    public static string Summarize(JArray requests)
    {
        var text = new StringBuilder();
        foreach (var entry in requests)
        {
            var request = entry["request"] ?? entry;
            text.Append(request.Value<string>("method")).Append(' ').Append(request.Value<string>("url"));
            if (entry["wasMatched"] is JValue matched)
            {
                text.Append(matched.Value<bool>() ? " (matched)" : " (UNMATCHED)");
            }

            text.AppendLine();
        }

        return text.Length == 0 ? "(empty)" : text.ToString();
    }

    private async Task<JToken> GetJsonAsync(string path)
    {
        using var response = await _admin.GetAsync(path).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "GET " + path).ConfigureAwait(false);
        return JToken.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"WireMock admin call {what} failed: {(int)response.StatusCode} {response.StatusCode}\n{body}");
        }
    }

    /// <summary>Stops the Java process (and any children) and deletes the temporary root directory.</summary>
    public void Dispose()
    {
        _admin.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // could not be killed (already gone)
        }
        finally
        {
            _process.Dispose();
        }

        try
        {
            Directory.Delete(_rootDir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
