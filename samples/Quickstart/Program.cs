// Quickstart: an assistant with a function tool answers a question on a thread (polled, with the tool call
// answered by RunToCompletionAsync), the messages are listed, and a follow-up answer is streamed.
// Without OPENAI_API_KEY it runs against a local sandbox, WireMock.Net in this process (no key, no network);
// with it (and optionally OPENAI_BASE_URL) it talks to that server.
using OpenAI.Assistants.Generated;
using Quickstart;

using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
var ct = cancellation.Token;

var useSandbox = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(AssistantsClientOptions.ApiKeyEnvironmentVariable));
await using var sandbox = useSandbox ? await Sandbox.StartAsync(ct) : null;
var options = sandbox is null
    ? new AssistantsClientOptions() // key and base URL from the environment
    : new AssistantsClientOptions { ApiKey = "sk-sandbox", BaseUrl = sandbox.BaseUrl };
var pollInterval = sandbox is null ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(100);
Console.WriteLine(sandbox is null ? $"Using the API at {options.BaseUrl?.ToString() ?? "the default URL"}." : $"Using the local sandbox at {sandbox.BaseUrl}.");

using var client = new AssistantsClient(options);

var assistant = await client.CreateAssistantAsync(new CreateAssistantRequest
{
    Model = AssistantModel.Gpt4Turbo,
    Name = "Weather helper",
    Instructions = "You answer weather questions. Call get_weather for current conditions.",
    Tools = new List<AssistantTool>
    {
        new FunctionTool
        {
            Function = new FunctionDefinition
            {
                Name = "get_weather",
                Description = "Current weather for a city.",
                Parameters = new { type = "object", properties = new { city = new { type = "string" } }, required = new[] { "city" } },
            },
        },
    },
    Metadata = new Dictionary<string, string> { ["sample"] = "quickstart" },
}, ct);
Console.WriteLine($"assistant  {assistant.Id} ({assistant.Model}) with tools: {string.Join(", ", assistant.Tools.OfType<FunctionTool>().Select(t => t.Function.Name))}");

var thread = await client.CreateThreadAsync(cancellationToken: ct);
Console.WriteLine($"thread     {thread.Id}");

try
{
    var question = await client.CreateMessageAsync(thread.Id, new CreateMessageRequest
    {
        Role = MessageRole.User,
        Content = "What's the weather in Paris right now?",
    }, ct);
    Console.WriteLine($"user       {Text(question)}");

    // RunToCompletionAsync creates the run, polls it, runs the tool calls of each requires_action concurrently,
    // submits their outputs in one request and keeps polling until the run is over.
    var polling = new RunPollingOptions
    {
        PollInterval = pollInterval,
        Timeout = TimeSpan.FromMinutes(2),
        OnStatusChanged = r => Console.WriteLine($"run        {r.Id} {r.Status}"),
    };
    var run = await client.RunToCompletionAsync(thread.Id, new CreateRunRequest { AssistantId = assistant.Id }, (call, _) =>
    {
        Console.WriteLine($"tool call  {call.Function.Name}({call.Function.Arguments})");
        return Task.FromResult(CallTool(call.Function.Name, call.Function.Arguments));
    }, polling, ct);

    if (run.Status != RunStatus.Completed)
    {
        Console.WriteLine($"The run ended as {run.Status}: {run.LastError?.Message}");
        return 1;
    }

    // GetMessagesAsync follows the pages for us (has_more / last_id).
    Console.WriteLine($"messages   on the thread (tokens used: {run.Usage?.TotalTokens})");
    await foreach (var message in client.GetMessagesAsync(thread.Id, new MessageListOptions { Order = ListOrder.Asc }, ct))
    {
        Console.WriteLine($"  {message.Role,-9} {Text(message)}");
    }

    // A follow-up question, answered as a stream: the text is printed as it is written.
    const string followUp = "And tomorrow?";
    await client.CreateMessageAsync(thread.Id, new CreateMessageRequest { Role = MessageRole.User, Content = followUp }, ct);
    Console.WriteLine($"user       {followUp}");
    Console.Write("assistant  ");
    var streamed = new AssistantStreamAccumulator();
    await foreach (var e in client.CreateRunStreamingAsync(thread.Id, new CreateRunRequest { AssistantId = assistant.Id }, ct))
    {
        streamed.Add(e);
        if (e is MessageDeltaEvent delta)
        {
            Console.Write(delta.Data.GetText());
        }
    }

    Console.WriteLine();
    Console.WriteLine($"run        {streamed.Run?.Id} {streamed.Run?.Status} after {streamed.EventCount} events (tokens used: {streamed.Run?.Usage?.TotalTokens})");
}
finally
{
    await client.DeleteThreadAsync(thread.Id, ct);
    await client.DeleteAssistantAsync(assistant.Id, ct);
    Console.WriteLine("cleaned up the thread and the assistant");
}

return 0;

static string Text(ThreadMessage message) =>
    string.Join(" ", message.Content.OfType<MessageTextContent>().Select(c => c.Text.Value));

// The function the assistant may call; a real application would look the weather up.
static string CallTool(string name, string arguments) => name switch
{
    "get_weather" => "{\"city\":\"Paris\",\"temperature_c\":18,\"conditions\":\"sunny\"}",
    _ => $"{{\"error\":\"unknown function {name}\"}}",
};
