using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// What the end-to-end benchmarks share: the loopback server (<see cref="LoopbackApi"/>, its own process), and three
/// ways to call it, each with its own <see cref="HttpClient"/> (default <see cref="SocketsHttpHandler"/>, keep-alive):
/// the floor (raw <see cref="HttpClient"/> + Newtonsoft into this client's models with the client's settings), this
/// client, and the official <c>OpenAI</c> client's <c>AssistantClient</c>.
/// </summary>
public abstract class EndToEndBenchmark
{
    /// <summary>The thread the calls name (any id but <see cref="LoopbackApi.StreamThreadId"/> is answered alike).</summary>
    protected const string ThreadId = "thread_abc123";

    private HttpClient _clientHttp = null!;
    private HttpClient _officialHttp = null!;

    internal LoopbackApi Server { get; private set; } = null!;

    internal EndToEndBodies Bodies { get; private set; } = null!;

    /// <summary>The floor's <see cref="HttpClient"/>; it sends the bearer token as every client does.</summary>
    protected HttpClient FloorHttp { get; private set; } = null!;

    /// <summary>The client's settings (<c>AssistantsJson.CreateSettings()</c>), for the floor's bodies.</summary>
    protected JsonSerializerSettings Settings { get; private set; } = null!;

    /// <summary>A serializer with <see cref="Settings"/>, for the floor's responses.</summary>
    protected JsonSerializer Serializer { get; private set; } = null!;

    protected AssistantsClient Client { get; private set; } = null!;

    protected global::OpenAI.Assistants.AssistantClient Official { get; private set; } = null!;

    /// <summary><c>{base}/threads/{ThreadId}</c>, for the floor's URLs.</summary>
    protected string ThreadUrl { get; private set; } = null!;

    /// <summary>Starts the server and builds the three callers; call first in each class's <c>[GlobalSetup]</c>.</summary>
    protected void StartServer()
    {
        Bodies = new EndToEndBodies();
        Server = LoopbackApi.Start();
        Settings = AssistantsJson.CreateSettings();
        Serializer = JsonSerializer.Create(Settings);
        FloorHttp = new HttpClient();
        FloorHttp.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sk-benchmark");
        _clientHttp = new HttpClient();
        _officialHttp = new HttpClient();
        Client = new AssistantsClient(_clientHttp, new AssistantsClientOptions { ApiKey = "sk-benchmark", BaseUrl = Server.BaseUrl });
        Official = new global::OpenAI.Assistants.AssistantClient(
            new ApiKeyCredential("sk-benchmark"),
            new global::OpenAI.Assistants.AssistantClientOptions { Endpoint = Server.BaseUrl, Transport = new HttpClientPipelineTransport(_officialHttp) });
        ThreadUrl = Server.BaseUrl + "/threads/" + ThreadId;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Client.Dispose();
        _clientHttp.Dispose();
        _officialHttp.Dispose();
        FloorHttp.Dispose();
        Server.Dispose();
    }

    /// <summary>The floor's GET: the body read as a stream into <typeparamref name="T"/>.</summary>
    protected async Task<T> FloorGetAsync<T>(string url)
    {
        using var response = await FloorHttp.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        return await ReadAsync<T>(response).ConfigureAwait(false);
    }

    /// <summary>The floor's POST: <paramref name="body"/> serialized with the client's settings, the answer read into <typeparamref name="T"/>.</summary>
    protected async Task<T> FloorPostAsync<T>(string url, object body)
    {
        using var content = new StringContent(JsonConvert.SerializeObject(body, Settings), Encoding.UTF8, "application/json");
        using var response = await FloorHttp.PostAsync(new Uri(url), content).ConfigureAwait(false);
        return await ReadAsync<T>(response).ConfigureAwait(false);
    }

    /// <summary>Fails the setup when a variant did not read what the others read.</summary>
    protected static void Expect<T>(string what, T expected, T actual)
    {
        if (!Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what}: expected {expected}, read {actual}.");
        }
    }

    /// <summary>
    /// Calls each variant <paramref name="calls"/> times before measuring, so that a short job measures tiered-up code
    /// rather than the JIT (see the README).
    /// </summary>
    protected static void Warm(int calls, params Func<Task>[] variants)
    {
        for (var i = 0; i < calls; i++)
        {
            foreach (var variant in variants)
            {
                variant().GetAwaiter().GetResult();
            }
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var reader = new JsonTextReader(new StreamReader(stream));
        return Serializer.Deserialize<T>(reader)!;
    }
}
