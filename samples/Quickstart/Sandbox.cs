using WireMock.Server;
using WireMock.Settings;

namespace Quickstart;

/// <summary>
/// A local stand-in for the API: WireMock.Net, running in this process on a free loopback port, serving the stateful
/// scenario in Sandbox/mappings with the response bodies in Sandbox/__files.
/// </summary>
internal sealed class Sandbox : IAsyncDisposable
{
    private readonly WireMockServer _server;

    private Sandbox(WireMockServer server)
    {
        _server = server;
        BaseUrl = new Uri(server.Url + "/v1");
    }

    public Uri BaseUrl { get; }

    public static Task<Sandbox> StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var root = Path.Combine(AppContext.BaseDirectory, "Sandbox");
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = new[] { "http://127.0.0.1:0" },
            FileSystemHandler = new SandboxFiles(Path.Combine(root, "__files")),
        });
        try
        {
            // One file at a time: ReadStaticMappings would skip a file it cannot read without saying so.
            foreach (var file in Directory.GetFiles(Path.Combine(root, "mappings"), "*.json").Order(StringComparer.Ordinal))
            {
                server.ReadStaticMappingAndAddOrUpdate(file);
            }

            return Task.FromResult(new Sandbox(server));
        }
        catch
        {
            server.Stop();
            server.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }
}
