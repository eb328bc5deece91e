using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

[TestFixture]
public sealed class RunsContractTests : ContractTestBase
{
    [Test]
    public async Task CreateThreadAndRun_SendsThreadToolsAndSettings_ReturnsQueuedRun()
    {
        Given("Runs/CreateThreadAndRun.json");

        var run = await Call(() => Client.CreateThreadAndRunAsync(new CreateThreadAndRunRequest
        {
            AssistantId = "asst_abc123",
            Thread = new CreateThreadRequest
            {
                Messages = new List<CreateMessageRequest> { new() { Role = MessageRole.User, Content = "What is the weather in Paris?" } },
                Metadata = new Dictionary<string, string> { ["channel"] = "api" },
            },
            Model = AssistantModel.Gpt4Turbo,
            Instructions = "You are a helpful assistant. Use the get_weather function for weather questions.",
            Tools = new List<AssistantTool> { new CodeInterpreterTool(), new RetrievalTool(), AssistantsContractTests.WeatherTool() },
            Metadata = new Dictionary<string, string> { ["source"] = "api" },
            Temperature = 0.7,
            MaxPromptTokens = 2000,
            MaxCompletionTokens = 500,
            TruncationStrategy = new TruncationStrategy { Type = TruncationType.Auto },
            ToolChoice = ToolChoice.Auto,
            ResponseFormat = ResponseFormat.Auto,
        }));

        Assert.Multiple(() =>
        {
            Assert.That(run.Id, Is.EqualTo("run_new789"));
            Assert.That(run.ThreadId, Is.EqualTo("thread_new456"));
            Assert.That(run.AssistantId, Is.EqualTo("asst_abc123"));
            Assert.That(run.Status, Is.EqualTo(RunStatus.Queued));
            Assert.That(run.Tools.Select(t => t.GetType()), Is.EqualTo(new[] { typeof(CodeInterpreterTool), typeof(RetrievalTool), typeof(FunctionTool) }));
            Assert.That(run.TruncationStrategy!.Type, Is.EqualTo(TruncationType.Auto));
            Assert.That(run.TruncationStrategy.LastMessages, Is.Null);
            Assert.That(run.ToolChoice, Is.EqualTo(ToolChoice.Auto));
            Assert.That(run.ResponseFormat, Is.EqualTo(ResponseFormat.Auto));
            Assert.That(run.Metadata, Is.EquivalentTo(new Dictionary<string, string> { ["source"] = "api" }));
        });
        AssertSingleRequest("POST", "/v1/threads/runs");
    }

    [Test]
    public async Task ListRuns_SendsPagingQuery_ReturnsCompletedFailedAndUnknownStatusRuns()
    {
        Given("Runs/ListRuns.json");

        var page = await Call(() => Client.ListRunsAsync("thread_abc123", limit: 3, order: ListOrder.Desc, after: "run_000", before: "run_999"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Object, Is.EqualTo("list"));
            Assert.That(page.Data.Select(r => r.Id), Is.EqualTo(new[] { "run_abc123", "run_old001", "run_old002" }));
            Assert.That(page.FirstId, Is.EqualTo("run_abc123"));
            Assert.That(page.LastId, Is.EqualTo("run_old002"));
            Assert.That(page.HasMore, Is.False);

            var completed = page.Data[0];
            Assert.That(completed.Status, Is.EqualTo(RunStatus.Completed));
            Assert.That(completed.Usage!.PromptTokens, Is.EqualTo(1152));
            Assert.That(completed.Usage.CompletionTokens, Is.EqualTo(224));
            Assert.That(completed.Usage.TotalTokens, Is.EqualTo(1376));

            var failed = page.Data[1];
            Assert.That(failed.Status, Is.EqualTo(RunStatus.Failed));
            Assert.That(failed.FailedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175010)));
            Assert.That(failed.LastError!.Code, Is.EqualTo(RunLastErrorCode.RateLimitExceeded));
            Assert.That(failed.LastError.Message, Is.EqualTo("Rate limit reached for gpt-4-turbo."));

            // A status this client does not know is kept, not rejected.
            var incomplete = page.Data[2];
            Assert.That(incomplete.Status.Value, Is.EqualTo("incomplete"));
            Assert.That(incomplete.Status.IsKnown, Is.False);
            Assert.That(incomplete.IncompleteDetails!.Reason, Is.EqualTo(RunIncompleteReason.MaxCompletionTokens));
        });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/runs");
    }

    [Test]
    public async Task CreateRun_SendsAssistantIdAndOverridesOnly_ReturnsQueuedRun()
    {
        Given("Runs/CreateRun.json");

        var run = await Call(() => Client.CreateRunAsync("thread_abc123", new CreateRunRequest
        {
            AssistantId = "asst_abc123",
            AdditionalInstructions = "Be brief.",
            Temperature = 0.7,
            MaxPromptTokens = 2000,
            MaxCompletionTokens = 500,
            TruncationStrategy = new TruncationStrategy { Type = TruncationType.LastMessages, LastMessages = 10 },
            ToolChoice = ToolChoice.Auto,
            ResponseFormat = ResponseFormat.JsonObject,
        }));

        Assert.Multiple(() =>
        {
            Assert.That(run.Id, Is.EqualTo("run_abc123"));
            Assert.That(run.Object, Is.EqualTo("thread.run"));
            Assert.That(run.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175400)));
            Assert.That(run.ThreadId, Is.EqualTo("thread_abc123"));
            Assert.That(run.AssistantId, Is.EqualTo("asst_abc123"));
            Assert.That(run.Status, Is.EqualTo(RunStatus.Queued));
            Assert.That(run.RequiredAction, Is.Null);
            Assert.That(run.LastError, Is.Null);
            Assert.That(run.ExpiresAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713176000)));
            Assert.That(run.StartedAt, Is.Null);
            Assert.That(run.Model, Is.EqualTo("gpt-4-turbo"));
            Assert.That(run.Instructions, Does.EndWith("Be brief."));
            Assert.That(run.Tools, Has.Count.EqualTo(3));
            Assert.That(((FunctionTool)run.Tools[2]).Function.Name, Is.EqualTo("get_weather"));
            Assert.That(run.FileIds, Is.EqualTo(new[] { "file-abc123" }));
            Assert.That(run.Metadata, Is.EquivalentTo(new Dictionary<string, string> { ["request_id"] = "req_7f3a" }));
            Assert.That(run.Usage, Is.Null);
            Assert.That(run.Temperature, Is.EqualTo(0.7));
            Assert.That(run.MaxPromptTokens, Is.EqualTo(2000));
            Assert.That(run.MaxCompletionTokens, Is.EqualTo(500));
            Assert.That(run.TruncationStrategy!.Type, Is.EqualTo(TruncationType.LastMessages));
            Assert.That(run.TruncationStrategy.LastMessages, Is.EqualTo(10));
            Assert.That(run.ToolChoice, Is.EqualTo(ToolChoice.Auto));
            Assert.That(run.ResponseFormat!.Format!.Type, Is.EqualTo(ResponseFormatType.JsonObject));
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs");
    }

    [Test]
    public async Task GetRun_RequiringAction_ReturnsToolCallsToAnswer()
    {
        Given("Runs/GetRun.json");

        var run = await Call(() => Client.GetRunAsync("thread_abc123", "run_abc123"));

        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(RunStatus.RequiresAction));
            Assert.That(run.StartedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175401)));
            Assert.That(run.RequiredAction!.Type, Is.EqualTo("submit_tool_outputs"));
            var calls = run.RequiredAction.SubmitToolOutputs.ToolCalls;
            Assert.That(calls.Select(c => c.Id), Is.EqualTo(new[] { "call_paris", "call_tokyo" }));
            Assert.That(calls.Select(c => c.Type), Is.All.EqualTo("function"));
            Assert.That(calls[0].Function.Name, Is.EqualTo("get_weather"));
            Assert.That(calls[1].Function.Arguments, Is.EqualTo("{\"city\":\"Tokyo\",\"unit\":\"celsius\"}"));
            Assert.That(run.ToolChoice!.Tool!.Type, Is.EqualTo(NamedToolChoiceType.Function));
            Assert.That(run.ToolChoice.Tool.Function!.Name, Is.EqualTo("get_weather"));
        });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/runs/run_abc123");
    }

    [Test]
    public async Task GetRun_Success_CarriesTheRequestIdAndTheRateLimits()
    {
        Given("Runs/GetRun.json");

        var run = await Call(() => Client.GetRunAsync("thread_abc123", "run_abc123"));

        var info = ResponseInfo.Of(run)!;
        Assert.Multiple(() =>
        {
            Assert.That(info.StatusCode, Is.EqualTo(200));
            Assert.That(info.RequestId, Is.EqualTo("req_getrun"));
            Assert.That(info.ProcessingTime, Is.EqualTo(TimeSpan.FromMilliseconds(42)));
            Assert.That(info.RateLimits.RequestLimit, Is.EqualTo(5000));
            Assert.That(info.RateLimits.RemainingRequests, Is.EqualTo(4998));
            Assert.That(info.RateLimits.RequestsReset, Is.EqualTo(TimeSpan.FromMilliseconds(24)));
            Assert.That(info.RateLimits.TokenLimit, Is.EqualTo(2000000));
            Assert.That(info.RateLimits.RemainingTokens, Is.EqualTo(1999000));
            Assert.That(info.RateLimits.TokensReset, Is.EqualTo(TimeSpan.FromSeconds(90)));
        });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/runs/run_abc123");
    }

    [Test]
    public async Task ModifyRun_SendsMetadataOnly_ReturnsCompletedRunWithUsage()
    {
        Given("Runs/ModifyRun.json");

        var metadata = new Dictionary<string, string> { ["request_id"] = "req_7f3a", ["reviewed"] = "true" };
        var run = await Call(() => Client.ModifyRunAsync("thread_abc123", "run_abc123", new ModifyRunRequest { Metadata = metadata }));

        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
            Assert.That(run.CompletedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175420)));
            Assert.That(run.ExpiresAt, Is.Null);
            Assert.That(run.Metadata, Is.EquivalentTo(metadata));
            Assert.That(run.Usage!.TotalTokens, Is.EqualTo(1376));
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs/run_abc123");
    }

    [Test]
    public async Task SubmitToolOutputsToRun_SendsOneOutputPerToolCall_ReturnsInProgressRun()
    {
        Given("Runs/SubmitToolOutputsToRun.json");

        var run = await Call(() => Client.SubmitToolOutputsToRunAsync("thread_abc123", "run_abc123", new SubmitToolOutputsRequest
        {
            ToolOutputs = new List<ToolOutput>
            {
                new() { ToolCallId = "call_paris", Output = "{\"temperature\":18,\"unit\":\"celsius\"}" },
                new() { ToolCallId = "call_tokyo", Output = "{\"temperature\":22,\"unit\":\"celsius\"}" },
            },
        }));

        Assert.Multiple(() =>
        {
            Assert.That(run.Id, Is.EqualTo("run_abc123"));
            Assert.That(run.Status, Is.EqualTo(RunStatus.InProgress));
            Assert.That(run.RequiredAction, Is.Null);
            Assert.That(run.Tools.Single(), Is.InstanceOf<FunctionTool>());
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs/run_abc123/submit_tool_outputs");
    }

    [Test]
    public async Task CancelRun_ByIds_ReturnsCancellingRun()
    {
        Given("Runs/CancelRun.json");

        var run = await Call(() => Client.CancelRunAsync("thread_abc123", "run_abc123"));

        Assert.Multiple(() =>
        {
            Assert.That(run.Id, Is.EqualTo("run_abc123"));
            Assert.That(run.Status, Is.EqualTo(RunStatus.Cancelling));
            Assert.That(run.CancelledAt, Is.Null);
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs/run_abc123/cancel");
    }
}
