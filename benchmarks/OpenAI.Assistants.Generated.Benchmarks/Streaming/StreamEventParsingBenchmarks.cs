using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>
/// The cost of reading a recorded run's event stream through the client, against deserializing the same
/// <c>data:</c> payloads straight into their DTOs (frames split beforehand, no SSE, no HTTP).
/// </summary>
[MemoryDiagnoser]
public class StreamEventParsingBenchmarks
{
    private const int WarmupCalls = 3000;

    private JsonSerializerSettings _settings = null!;
    private JsonSerializer _serializer = null!;
    private IReadOnlyList<SseFrame> _frames = null!;
    private object?[] _sink = null!;
    private HttpClient _httpClient = null!;
    private AssistantsClient _client = null!;
    private CreateRunRequest _request = null!;

    /// <summary>A recorded stream of the contract tests (<c>Fixtures/Streaming/*.sse</c>), without its extension.</summary>
    [Params("run_requires_action", "submit_tool_outputs", "thread_and_run")]
    public string Fixture { get; set; } = "run_requires_action";

    [GlobalSetup]
    public void Setup()
    {
        _settings = AssistantsJson.CreateSettings();
        _serializer = JsonSerializer.Create(_settings);
        var bytes = EmbeddedFixture.Bytes(Fixture + ".sse");
        _frames = SseFixture.Split(EmbeddedFixture.Text(Fixture + ".sse"), _serializer);
        _sink = new object?[_frames.Count];

        _httpClient = new HttpClient(new EventStreamHandler(bytes));
        _client = new AssistantsClient(_httpClient, new AssistantsClientOptions { ApiKey = "sk-benchmark", BaseUrl = new Uri("https://example.test/v1") });
        _request = new CreateRunRequest { AssistantId = "asst_abc123", Instructions = "Be brief." };

        // Every variant must see every frame; a fixture the client would stop early on would not compare fairly.
        var read = ClientStreamAsync().GetAwaiter().GetResult();
        if (read != _frames.Count || DeserializePayloads() != _frames.Count || RegistryCreate() != _frames.Count)
        {
            throw new InvalidOperationException($"{Fixture}: the client read {read} events, the fixture has {_frames.Count} frames.");
        }

        // The async path (HttpClient, SseParser, the iterator) takes far more calls than a short job's warmup to
        // reach its optimized code; without this, a --job short run reports JIT tiering instead of steady state.
        for (var i = 0; i < WarmupCalls; i++)
        {
            ClientStreamAsync().GetAwaiter().GetResult();
            DeserializePayloads();
            RegistryCreate();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _httpClient.Dispose();
    }

    [Benchmark(Baseline = true, Description = "JsonConvert per payload")]
    public int DeserializePayloads()
    {
        var frames = _frames;
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            _sink[i] = frame.PayloadType is null ? frame.Data : JsonConvert.DeserializeObject(frame.Data, frame.PayloadType, _settings);
        }

        return frames.Count;
    }

    [Benchmark(Description = "StreamEventRegistry.Create")]
    public int RegistryCreate()
    {
        var frames = _frames;
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            _sink[i] = StreamEventRegistry.Create(frame.Name, frame.Data, _serializer);
        }

        return frames.Count;
    }

    [Benchmark(Description = "CreateRunStreamingAsync")]
    public async Task<int> ClientStreamAsync()
    {
        var count = 0;
        await foreach (var e in _client.CreateRunStreamingAsync("thread_abc123", _request).ConfigureAwait(false))
        {
            _sink[count++] = e;
        }

        return count;
    }
}
