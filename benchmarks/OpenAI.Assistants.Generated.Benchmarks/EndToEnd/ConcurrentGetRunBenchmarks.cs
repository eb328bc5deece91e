using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// Case 6: 256 <c>GET /threads/{id}/runs/{id}</c> started together and awaited with <see cref="Task.WhenAll(Task[])"/>;
/// one operation is the 256 calls. Each variant's <see cref="System.Net.Http.HttpClient"/> opens as many connections
/// as it needs (no per-server limit), so the pools are warm after setup.
/// </summary>
[MemoryDiagnoser]
public class ConcurrentGetRunBenchmarks : EndToEndBenchmark
{
    private const int Calls = 256;

    [GlobalSetup]
    public void Setup()
    {
        StartServer();
        Expect("floor", Calls, FloorAsync().Result);
        Expect("client", Calls, ClientAsync().Result);
        Expect("official", Calls, OfficialAsync().Result);
        Warm(20, FloorAsync, ClientAsync, OfficialAsync);
    }

    [Benchmark(Baseline = true, Description = "floor: 256 × HttpClient + Newtonsoft")]
    public async Task<int> FloorAsync()
    {
        var calls = new Task<ThreadRun>[Calls];
        var url = ThreadUrl + "/runs/run_abc123";
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = FloorGetAsync<ThreadRun>(url);
        }

        return (await Task.WhenAll(calls)).Length;
    }

    [Benchmark(Description = "256 × AssistantsClient.GetRunAsync")]
    public async Task<int> ClientAsync()
    {
        var calls = new Task<ThreadRun>[Calls];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = Client.GetRunAsync(ThreadId, "run_abc123");
        }

        return (await Task.WhenAll(calls)).Length;
    }

    [Benchmark(Description = "256 × official GetRunAsync")]
    public async Task<int> OfficialAsync()
    {
        var calls = new Task<System.ClientModel.ClientResult<global::OpenAI.Assistants.ThreadRun>>[Calls];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = Official.GetRunAsync(ThreadId, "run_abc123");
        }

        return (await Task.WhenAll(calls)).Length;
    }
}
