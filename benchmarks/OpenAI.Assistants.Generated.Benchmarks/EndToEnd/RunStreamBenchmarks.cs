using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// Case 5: <c>POST /threads/{id}/runs</c> with <c>stream: true</c>, answered with 201 events (the recorded
/// <c>submit_tool_outputs.sse</c> with its message deltas repeated; about 40 KB, one write and flush per event),
/// read to the last event.
/// </summary>
[MemoryDiagnoser]
public class RunStreamBenchmarks : EndToEndBenchmark
{
    private CreateRunRequest _request = null!;
    private CreateRunRequest _floorRequest = null!;
    private Dictionary<string, Type?> _payloadTypes = null!;
    private object? _sink;

    [GlobalSetup]
    public void Setup()
    {
        StartServer();
        _request = new CreateRunRequest { AssistantId = "asst_abc123", Instructions = "Be brief." };
        _floorRequest = new CreateRunRequest { AssistantId = "asst_abc123", Instructions = "Be brief.", Stream = true };
        var text = Encoding.UTF8.GetString(Bodies.StreamFrames.SelectMany(f => f).ToArray());
        _payloadTypes = SseFixture.Split(text, Serializer).GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().PayloadType);

        Expect("floor", EndToEndBodies.StreamEvents, FloorAsync().Result);
        Expect("client", EndToEndBodies.StreamEvents, ClientAsync().Result);
        OfficialUpdates = OfficialAsync().Result;
        Warm(100, FloorAsync, ClientAsync, OfficialAsync);
    }

    /// <summary>
    /// How many updates the official client yielded for the 201 events in setup. Its updates are not the wire events
    /// one for one, so this count is kept rather than checked; setup checks only that it reads the stream to its end.
    /// </summary>
    public int OfficialUpdates { get; private set; }

    /// <summary>
    /// The floor: the same POST through <see cref="HttpClient"/>, the stream split by <see cref="SseParser"/> and each
    /// <c>data:</c> deserialized into the model its event names (the map built once in setup).
    /// </summary>
    [Benchmark(Baseline = true, Description = "floor: HttpClient + SseParser + Newtonsoft")]
    public async Task<int> FloorAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Server.BaseUrl + "/threads/" + LoopbackApi.StreamThreadId + "/runs"))
        {
            Content = new StringContent(JsonConvert.SerializeObject(_floorRequest, Settings), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await FloorHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync();
        var count = 0;
        await foreach (var item in SseParser.Create(stream).EnumerateAsync())
        {
            var type = _payloadTypes[item.EventType];
            _sink = type is null ? item.Data : JsonConvert.DeserializeObject(item.Data, type, Settings);
            count++;
        }

        return count;
    }

    [Benchmark(Description = "AssistantsClient.CreateRunStreamingAsync")]
    public async Task<int> ClientAsync()
    {
        var count = 0;
        await foreach (var e in Client.CreateRunStreamingAsync(LoopbackApi.StreamThreadId, _request))
        {
            _sink = e;
            count++;
        }

        return count;
    }

    [Benchmark(Description = "official CreateRunStreamingAsync")]
    public async Task<int> OfficialAsync()
    {
        var count = 0;
        var options = new global::OpenAI.Assistants.RunCreationOptions { InstructionsOverride = "Be brief." };
        var updates = await Official.CreateRunStreamingAsync(LoopbackApi.StreamThreadId, "asst_abc123", options);
        await foreach (var update in updates)
        {
            _sink = update;
            count++;
        }

        return count;
    }
}
