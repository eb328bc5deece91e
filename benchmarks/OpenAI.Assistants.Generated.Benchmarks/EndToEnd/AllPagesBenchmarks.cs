using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// Case 4: a listing of 10,000 messages read to its end: 100 requests of <c>limit=100</c>, each following the
/// previous page's <c>last_id</c> while <c>has_more</c> (about 8.5 MB in all).
/// </summary>
[MemoryDiagnoser]
public class AllPagesBenchmarks : EndToEndBenchmark
{
    private const int Total = EndToEndBodies.PageSize * EndToEndBodies.PageCount;

    [GlobalSetup]
    public void Setup()
    {
        StartServer();
        Expect("floor", Total, FloorAsync().Result);
        Expect("client", Total, ClientAsync().Result);
        Expect("official", Total, OfficialAsync().Result);
        Warm(3, FloorAsync, ClientAsync, OfficialAsync);
    }

    [Benchmark(Baseline = true, Description = "floor: HttpClient + Newtonsoft, last_id loop")]
    public async Task<int> FloorAsync()
    {
        var count = 0;
        string? after = null;
        while (true)
        {
            var url = ThreadUrl + "/messages?limit=100" + (after is null ? "" : "&after=" + after);
            var page = await FloorGetAsync<ListMessagesResponse>(url);
            count += page.Data.Count;
            if (!page.HasMore)
            {
                return count;
            }

            after = page.LastId;
        }
    }

    [Benchmark(Description = "AssistantsClient.GetMessagesAsync (items)")]
    public async Task<int> ClientAsync()
    {
        var count = 0;
        await foreach (var message in Client.GetMessagesAsync(ThreadId, new MessageListOptions { PageSize = EndToEndBodies.PageSize }))
        {
            count += message.Id is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(Description = "official GetMessagesAsync (items)")]
    public async Task<int> OfficialAsync()
    {
        var count = 0;
        var options = new global::OpenAI.Assistants.MessageCollectionOptions { PageSizeLimit = EndToEndBodies.PageSize };
        await foreach (var message in Official.GetMessagesAsync(ThreadId, options))
        {
            count += message.Id is null ? 0 : 1;
        }

        return count;
    }
}
