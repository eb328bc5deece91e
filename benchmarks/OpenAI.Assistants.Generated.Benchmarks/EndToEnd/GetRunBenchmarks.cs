using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>Case 1: one <c>GET /threads/{id}/runs/{id}</c> answered with <c>run_completed.json</c> (1.7 KB).</summary>
[MemoryDiagnoser]
public class GetRunBenchmarks : EndToEndBenchmark
{
    [GlobalSetup]
    public void Setup()
    {
        StartServer();
        Expect("client", FloorAsync().Result, ClientAsync().Result);
        Expect("official", FloorAsync().Result, OfficialAsync().Result);
        Warm(1000, FloorAsync, ClientAsync, OfficialAsync);
    }

    [Benchmark(Baseline = true, Description = "floor: HttpClient + Newtonsoft")]
    public async Task<string> FloorAsync() => (await FloorGetAsync<ThreadRun>(ThreadUrl + "/runs/run_abc123")).Id;

    [Benchmark(Description = "AssistantsClient.GetRunAsync")]
    public async Task<string> ClientAsync() => (await Client.GetRunAsync(ThreadId, "run_abc123")).Id;

    [Benchmark(Description = "official AssistantClient.GetRunAsync")]
    public async Task<string> OfficialAsync() => (await Official.GetRunAsync(ThreadId, "run_abc123")).Value.Id;
}
