// Quickstart: an assistant with a function tool answers a question on a thread.
// Without OPENAI_API_KEY it runs against a local WireMock sandbox (no key, no network);
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

    var run = await client.CreateRunAsync(thread.Id, new CreateRunRequest { AssistantId = assistant.Id }, ct);
    Console.WriteLine($"run        {run.Id} {run.Status}");

    while (true)
    {
        await Task.Delay(pollInterval, ct);
        run = await client.GetRunAsync(thread.Id, run.Id, ct);
        Console.WriteLine($"run        {run.Status}");
        if (run.Status == RunStatus.RequiresAction && run.RequiredAction is { } action)
        {
            var outputs = action.SubmitToolOutputs.ToolCalls
                .Select(call => new ToolOutput { ToolCallId = call.Id, Output = CallTool(call.Function.Name, call.Function.Arguments) })
                .ToList();
            foreach (var call in action.SubmitToolOutputs.ToolCalls)
            {
                Console.WriteLine($"tool call  {call.Function.Name}({call.Function.Arguments})");
            }

            run = await client.SubmitToolOutputsToRunAsync(thread.Id, run.Id, new SubmitToolOutputsRequest { ToolOutputs = outputs }, ct);
            Console.WriteLine($"run        {run.Status} (tool outputs submitted)");
        }
        else if (run.Status != RunStatus.Queued && run.Status != RunStatus.InProgress && run.Status != RunStatus.Cancelling)
        {
            break;
        }
    }

    if (run.Status != RunStatus.Completed)
    {
        Console.WriteLine($"The run ended as {run.Status}: {run.LastError?.Message}");
        return 1;
    }

    var messages = await client.ListMessagesAsync(thread.Id, order: ListOrder.Asc, cancellationToken: ct);
    Console.WriteLine($"messages   {messages.Data.Count} on the thread (tokens used: {run.Usage?.TotalTokens})");
    foreach (var message in messages.Data)
    {
        Console.WriteLine($"  {message.Role,-9} {Text(message)}");
    }
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
