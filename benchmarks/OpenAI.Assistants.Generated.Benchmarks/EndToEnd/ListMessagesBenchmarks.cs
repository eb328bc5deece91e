using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// Case 3: one <c>GET /threads/{id}/messages?limit=100</c> answered with a page of 100 messages built from
/// <c>message.json</c> (about 85 KB).
/// </summary>
[MemoryDiagnoser]
public class ListMessagesBenchmarks : EndToEndBenchmark
{
    [GlobalSetup]
    public void Setup()
    {
        StartServer();
        Expect("floor", EndToEndBodies.PageSize, FloorAsync().Result);
        Expect("client", EndToEndBodies.PageSize, ClientAsync().Result);
        Expect("official", EndToEndBodies.PageSize, OfficialAsync().Result);
        Warm(200, FloorAsync, ClientAsync, OfficialAsync);
    }

    [Benchmark(Baseline = true, Description = "floor: HttpClient + Newtonsoft")]
    public async Task<int> FloorAsync() => (await FloorGetAsync<ListMessagesResponse>(ThreadUrl + "/messages?limit=100")).Data.Count;

    [Benchmark(Description = "AssistantsClient.ListMessagesAsync(limit: 100)")]
    public async Task<int> ClientAsync() => (await Client.ListMessagesAsync(ThreadId, limit: 100)).Data.Count;

    /// <summary>
    /// The official client has no typed single-page call: its collection is read until the page's last item, which
    /// sends one request (the next page is fetched only when the enumeration asks for the 101st item).
    /// </summary>
    [Benchmark(Description = "official GetMessagesAsync, first 100 items")]
    public async Task<int> OfficialAsync()
    {
        var count = 0;
        var options = new global::OpenAI.Assistants.MessageCollectionOptions { PageSizeLimit = EndToEndBodies.PageSize };
        await foreach (var message in Official.GetMessagesAsync(ThreadId, options))
        {
            if (message.Id is not null && ++count == EndToEndBodies.PageSize)
            {
                break;
            }
        }

        return count;
    }
}
