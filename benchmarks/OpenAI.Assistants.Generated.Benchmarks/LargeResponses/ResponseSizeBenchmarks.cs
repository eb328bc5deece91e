using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>
/// One GET whose answer is a page of messages (4 KB or about 50 MB), over a loopback socket: what the client
/// allocates and how long it takes, against the typed floor (raw <see cref="HttpClient"/> reading the same body as a stream
/// into the same model with Newtonsoft).
/// </summary>
[MemoryDiagnoser]
public class ResponseSizeBenchmarks
{
    private LoopbackServer _server = null!;
    private HttpClient _http = null!;
    private AssistantsClient _client = null!;
    private JsonSerializer _serializer = null!;

    /// <summary>The size of the response body in kilobytes: a small page (per-call overhead) and a 50 MB one.</summary>
    [Params(4, 51200)]
    public int Kilobytes { get; set; } = 51200;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LoopbackServer(PageOfMessages(Kilobytes * 1024));
        _http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client = new AssistantsClient(_http, new AssistantsClientOptions { ApiKey = "sk-benchmark", BaseUrl = _server.BaseUrl });
        _serializer = JsonSerializer.Create(AssistantsJson.CreateSettings());
        if (RawNewtonsoftAsync().GetAwaiter().GetResult() != ClientAsync().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The client and the floor read different pages.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _server.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + Newtonsoft (stream)")]
    public async Task<int> RawNewtonsoftAsync()
    {
        using var response = await _http.GetAsync(new Uri(_server.BaseUrl + "/threads/thread_1/messages"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = new JsonTextReader(new StreamReader(stream));
        return _serializer.Deserialize<ListMessagesResponse>(reader)!.Data.Count;
    }

    [Benchmark(Description = "AssistantsClient.ListMessagesAsync")]
    public async Task<int> ClientAsync() => (await _client.ListMessagesAsync("thread_1")).Data.Count;

    /// <summary>A list of text messages whose JSON is about <paramref name="bytes"/> long.</summary>
    private static byte[] PageOfMessages(int bytes)
    {
        var text = new string('x', 4000);
        var json = new StringBuilder(bytes + 8192).Append("{\"object\":\"list\",\"data\":[");
        var i = 0;
        while (json.Length < bytes)
        {
            json.Append(i == 0 ? "" : ",")
                .Append("{\"id\":\"msg_").Append(i).Append("\",\"object\":\"thread.message\",\"created_at\":1712000000,\"thread_id\":\"thread_1\",")
                .Append("\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":{\"value\":\"").Append(text).Append("\",\"annotations\":[]}}],")
                .Append("\"file_ids\":[],\"assistant_id\":\"asst_1\",\"run_id\":\"run_1\",\"metadata\":{}}");
            i++;
        }

        json.Append("],\"first_id\":\"msg_0\",\"last_id\":\"msg_").Append(i - 1).Append("\",\"has_more\":false}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
