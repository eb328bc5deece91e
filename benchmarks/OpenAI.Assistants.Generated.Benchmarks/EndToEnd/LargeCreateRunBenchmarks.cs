using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// Case 7: one <c>POST /threads/{id}/runs</c> whose body is about 16 KB (8 KB of instructions and the API's maximum
/// of 16 metadata entries with 480-character values), answered with <c>run_completed.json</c>.
/// </summary>
[MemoryDiagnoser]
public class LargeCreateRunBenchmarks : EndToEndBenchmark
{
    private CreateRunRequest _request = null!;
    private string _instructions = null!;
    private Dictionary<string, string> _metadata = null!;

    /// <summary>The size of the floor's body in bytes, checked in setup to be 15–17 KB.</summary>
    public int BodyBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        StartServer();
        var sentence = "You are a careful analyst: answer from the attached files, cite each claim, and say when the files do not say. ";
        _instructions = string.Concat(Enumerable.Repeat(sentence, 8192 / sentence.Length));
        _metadata = Enumerable.Range(0, 16).ToDictionary(i => "annotation_key_" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), i => new string((char)('a' + i), 480));
        _request = new CreateRunRequest { AssistantId = "asst_abc123", Instructions = _instructions, Metadata = _metadata };
        BodyBytes = JsonConvert.SerializeObject(_request, Settings).Length;
        Expect("body of 15–17 KB", true, BodyBytes is > 15 * 1024 and < 17 * 1024);
        Expect("client", FloorAsync().Result, ClientAsync().Result);
        Expect("official", FloorAsync().Result, OfficialAsync().Result);
        Warm(500, FloorAsync, ClientAsync, OfficialAsync);
    }

    [Benchmark(Baseline = true, Description = "floor: HttpClient + Newtonsoft")]
    public async Task<string> FloorAsync() => (await FloorPostAsync<ThreadRun>(ThreadUrl + "/runs", _request)).Id;

    [Benchmark(Description = "AssistantsClient.CreateRunAsync")]
    public async Task<string> ClientAsync() => (await Client.CreateRunAsync(ThreadId, _request)).Id;

    [Benchmark(Description = "official AssistantClient.CreateRunAsync")]
    public async Task<string> OfficialAsync()
    {
        var options = new global::OpenAI.Assistants.RunCreationOptions { InstructionsOverride = _instructions };
        foreach (var entry in _metadata)
        {
            options.Metadata[entry.Key] = entry.Value;
        }

        return (await Official.CreateRunAsync(ThreadId, "asst_abc123", options)).Value.Id;
    }
}
