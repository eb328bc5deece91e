using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// Case 2: one <c>POST /threads/{id}/messages</c> with a user message (a paragraph and two metadata entries), answered
/// with <c>message.json</c> (1.3 KB: two annotations and an image).
/// </summary>
[MemoryDiagnoser]
public class CreateMessageBenchmarks : EndToEndBenchmark
{
    private const string Text =
        "Here is the quarterly report. Summarize revenue, margin and headcount changes, cite the pages you use, and "
        + "draw a chart of revenue by region. Keep the summary under 200 words and list open questions at the end.";

    private CreateMessageRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        StartServer();
        _request = new CreateMessageRequest
        {
            Role = MessageRole.User,
            Content = Text,
            Metadata = new Dictionary<string, string> { ["source"] = "report-q1", ["user"] = "u_1234" },
        };
        Expect("client", FloorAsync().Result, ClientAsync().Result);
        Expect("official", FloorAsync().Result, OfficialAsync().Result);
        Warm(1000, FloorAsync, ClientAsync, OfficialAsync);
    }

    [Benchmark(Baseline = true, Description = "floor: HttpClient + Newtonsoft")]
    public async Task<string> FloorAsync() => (await FloorPostAsync<ThreadMessage>(ThreadUrl + "/messages", _request)).Id;

    [Benchmark(Description = "AssistantsClient.CreateMessageAsync")]
    public async Task<string> ClientAsync() => (await Client.CreateMessageAsync(ThreadId, _request)).Id;

    [Benchmark(Description = "official AssistantClient.CreateMessageAsync")]
    public async Task<string> OfficialAsync()
    {
        // Built per call, as the floor and this client serialize their request per call.
        var options = new global::OpenAI.Assistants.MessageCreationOptions();
        options.Metadata["source"] = "report-q1";
        options.Metadata["user"] = "u_1234";
        var message = await Official.CreateMessageAsync(
            ThreadId, global::OpenAI.Assistants.MessageRole.User, new[] { global::OpenAI.Assistants.MessageContent.FromText(Text) }, options);
        return message.Value.Id;
    }
}
