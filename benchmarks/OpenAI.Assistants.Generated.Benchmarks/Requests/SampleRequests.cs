using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>
/// Request bodies shaped like real ones: a conversation of several messages with files and metadata, the three
/// kinds of tools (a function with a JSON-schema of parameters), truncation, tool choice and response format.
/// </summary>
internal static class SampleRequests
{
    public const string CreateRun = nameof(CreateRun);

    public const string CreateThreadAndRun = nameof(CreateThreadAndRun);

    /// <summary>The request named by a benchmark parameter.</summary>
    public static object Get(string name) => name switch
    {
        CreateRun => NewCreateRunRequest(),
        CreateThreadAndRun => NewCreateThreadAndRunRequest(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown sample request."),
    };

    public static CreateRunRequest NewCreateRunRequest() => new()
    {
        AssistantId = "asst_abc123",
        Model = AssistantModel.Gpt4Turbo,
        Instructions = "You are a helpful assistant. Use the get_weather function for weather questions.",
        AdditionalInstructions = "The user is in Paris; answer in French.",
        AdditionalMessages = Conversation(4),
        Tools = Tools(),
        Metadata = new Dictionary<string, string> { ["request_id"] = "req_7f3a", ["tenant"] = "acme" },
        Temperature = 0.7,
        MaxPromptTokens = 2000,
        MaxCompletionTokens = 500,
        TruncationStrategy = new TruncationStrategy { Type = TruncationType.LastMessages, LastMessages = 10 },
        ToolChoice = ToolChoice.Function("get_weather"),
        ResponseFormat = ResponseFormat.Auto,
    };

    public static CreateThreadAndRunRequest NewCreateThreadAndRunRequest() => new()
    {
        AssistantId = "asst_abc123",
        Thread = new CreateThreadRequest
        {
            Messages = Conversation(8),
            Metadata = new Dictionary<string, string> { ["user_id"] = "user_42", ["channel"] = "web" },
        },
        Model = AssistantModel.Gpt4Turbo,
        Instructions = "You are a data analyst. Chart what you compute and cite the files you use.",
        Tools = Tools(),
        Metadata = new Dictionary<string, string> { ["request_id"] = "req_9c1d" },
        Temperature = 0.2,
        MaxPromptTokens = 4000,
        MaxCompletionTokens = 1000,
        TruncationStrategy = new TruncationStrategy { Type = TruncationType.Auto },
        ToolChoice = ToolChoice.Auto,
        ResponseFormat = ResponseFormat.JsonObject,
    };

    private static List<CreateMessageRequest> Conversation(int count) =>
        Enumerable.Range(1, count)
            .Select(i => new CreateMessageRequest
            {
                Role = MessageRole.User,
                Content = $"Question {i}: what does the attached quarterly report say about revenue in region {i}, and how does it compare with the previous quarter?",
                FileIds = i % 2 == 0 ? new List<string> { $"file-report{i}", $"file-appendix{i}" } : null,
                Metadata = new Dictionary<string, string> { ["turn"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            })
            .ToList();

    private static List<AssistantTool> Tools() => new()
    {
        new CodeInterpreterTool(),
        new RetrievalTool(),
        new FunctionTool
        {
            Function = new FunctionDefinition
            {
                Name = "get_weather",
                Description = "Gets the current weather for a city.",
                Parameters = JObject.Parse(
                    """{"type":"object","properties":{"city":{"type":"string","description":"City name, for example Paris."},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city"]}"""),
            },
        },
        new FunctionTool
        {
            Function = new FunctionDefinition
            {
                Name = "get_stock_price",
                Description = "Gets the latest price of a listed company's stock.",
                Parameters = JObject.Parse(
                    """{"type":"object","properties":{"symbol":{"type":"string"}},"required":["symbol"]}"""),
            },
        },
    };
}
