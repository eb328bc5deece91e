using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// The streaming variants of the run operations against WireMock serving event streams recorded in the API's SSE
/// format (Fixtures/Streaming/*.sse): the request on the wire (stream: true, Accept: text/event-stream) and the
/// typed events, in order, as the caller sees them.
/// </summary>
[TestFixture]
public sealed class StreamingContractTests : ContractTestBase
{
    [Test]
    public async Task CreateRun_Streaming_SendsStreamTrue_YieldsTypedEventsUpToRequiresAction()
    {
        Given("Streaming/CreateRunStreaming.json");

        var events = await Client.CreateRunStreamingAsync("thread_abc123", new CreateRunRequest { AssistantId = "asst_abc123" }).ToListAsync();

        Assert.That(events.Select(e => e.Event.Value), Is.EqualTo(new[]
        {
            "thread.run.created", "thread.run.queued", "thread.run.in_progress",
            "thread.run.step.created", "thread.run.step.in_progress",
            "thread.run.step.delta", "thread.run.step.delta", "thread.run.step.delta",
            "thread.run.requires_action", "done",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(events[0], Is.TypeOf<RunCreatedEvent>());
            Assert.That(((RunCreatedEvent)events[0]).Data.Status, Is.EqualTo(RunStatus.Queued));
            Assert.That(events[3], Is.TypeOf<RunStepCreatedEvent>());
            Assert.That(((RunStepCreatedEvent)events[3]).Data.StepDetails, Is.TypeOf<ToolCallsStepDetails>());

            // The function call's arguments arrive in fragments.
            var fragments = events.OfType<RunStepDeltaEvent>()
                .Select(e => ((ToolCallsStepDeltaDetails)e.Data.Delta.StepDetails!).ToolCalls!.Single())
                .Cast<FunctionToolCallDelta>()
                .ToList();
            Assert.That(fragments[0].Id, Is.EqualTo("call_paris"));
            Assert.That(fragments[0].Function!.Name, Is.EqualTo("get_weather"));
            Assert.That(string.Concat(fragments.Select(f => f.Function!.Arguments)), Is.EqualTo("{\"city\":\"Paris\"}"));
            Assert.That(fragments.Select(f => f.Index), Is.All.EqualTo(0));

            var requiresAction = (RunRequiresActionEvent)events[8];
            Assert.That(requiresAction.Data.Status, Is.EqualTo(RunStatus.RequiresAction));
            Assert.That(requiresAction.Data.RequiredAction!.SubmitToolOutputs.ToolCalls.Single().Id, Is.EqualTo("call_paris"));
            Assert.That(events[9], Is.TypeOf<DoneEvent>());
            Assert.That(((DoneEvent)events[9]).Data, Is.EqualTo("[DONE]"));
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs");
    }

    [Test]
    public async Task SubmitToolOutputsToRun_Streaming_AccumulatesMessageTextAndFinalRun()
    {
        Given("Streaming/SubmitToolOutputsStreaming.json");

        var result = await Client.SubmitToolOutputsStreamingAsync("thread_abc123", "run_stream1", new SubmitToolOutputsRequest
        {
            ToolOutputs = new List<ToolOutput> { new() { ToolCallId = "call_paris", Output = "{\"temperature\":18,\"unit\":\"celsius\"}" } },
        }).CollectAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Run!.Status, Is.EqualTo(RunStatus.Completed));
            Assert.That(result.Run.Usage!.TotalTokens, Is.EqualTo(134));
            Assert.That(result.Text, Is.EqualTo("It is 18°C in Paris."));
            Assert.That(result.Messages.Single().Id, Is.EqualTo("msg_stream1"));
            Assert.That(result.Messages.Single().Status, Is.EqualTo(MessageStatus.Completed));
            Assert.That(result.RunSteps.Select(s => (s.Id, s.Status.Value)), Is.EqualTo(new[] { ("step_tools1", "completed"), ("step_msg1", "completed") }));
            var toolStep = (ToolCallsStepDetails)result.RunSteps[0].StepDetails;
            Assert.That(((FunctionToolCall)toolStep.ToolCalls.Single()).Function.Output, Is.EqualTo("{\"temperature\":18,\"unit\":\"celsius\"}"));
            Assert.That(result.IsDone, Is.True);
            Assert.That(result.Error, Is.Null);
            Assert.That(result.UnknownEvents, Is.Empty);
            Assert.That(result.EventCount, Is.EqualTo(14));
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs/run_stream1/submit_tool_outputs");
    }

    [Test]
    public async Task CreateThreadAndRun_Streaming_StartsWithTheNewThread_AssemblesTextFromDeltas()
    {
        Given("Streaming/CreateThreadAndRunStreaming.json");
        var request = new CreateThreadAndRunRequest
        {
            AssistantId = "asst_abc123",
            Thread = new CreateThreadRequest { Messages = new List<CreateMessageRequest> { new() { Role = MessageRole.User, Content = "Say hello." } } },
        };

        var accumulator = new AssistantStreamAccumulator();
        var printed = new List<string>();
        await foreach (var e in Client.CreateThreadAndRunStreamingAsync(request))
        {
            accumulator.Add(e);
            if (e is MessageDeltaEvent delta)
            {
                printed.Add(delta.Data.GetText());
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(accumulator.Thread!.Id, Is.EqualTo("thread_stream2"));
            Assert.That(printed, Is.EqualTo(new[] { "Hello", ", world!" }));
            Assert.That(accumulator.Text, Is.EqualTo("Hello, world!"));
            Assert.That(accumulator.Run!.Id, Is.EqualTo("run_stream2"));
            Assert.That(accumulator.Run.Status, Is.EqualTo(RunStatus.Completed));
            Assert.That(request.Stream, Is.Null, "the caller's request object is not changed");
        });
        AssertSingleRequest("POST", "/v1/threads/runs");
    }

    [Test]
    public void CreateRun_Streaming_ApiErrorBeforeTheStream_ThrowsTypedException()
    {
        Given("Streaming/CreateRunStreamingRejected.json");

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(
            () => Client.CreateRunStreamingAsync("thread_abc123", new CreateRunRequest { AssistantId = "asst_missing" }).ToListAsync().AsTask());

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(404));
            Assert.That(ex.ErrorType, Is.EqualTo("invalid_request_error"));
            Assert.That(ex.ErrorMessage, Is.EqualTo("No assistant found with id 'asst_missing'."));
            Assert.That(ex.RequestId, Is.EqualTo("req_stream_404"));
            Assert.That(ex.Result.Error.Message, Is.EqualTo("No assistant found with id 'asst_missing'."));
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs");
    }

    [Test]
    public async Task CreateRun_Streaming_ErrorEvent_IsYieldedThenThrownWithItsFields()
    {
        Given("Streaming/CreateRunStreamingErrorEvent.json");

        var seen = new List<AssistantStreamEvent>();
        var ex = Assert.ThrowsAsync<AssistantsApiException>(async () =>
        {
            await foreach (var e in Client.CreateRunStreamingAsync("thread_abc123", new CreateRunRequest { AssistantId = "asst_overloaded" }))
            {
                seen.Add(e);
            }
        });

        Assert.Multiple(() =>
        {
            Assert.That(seen.Select(e => e.GetType()), Is.EqualTo(new[] { typeof(RunCreatedEvent), typeof(ErrorEvent) }));
            Assert.That(((ErrorEvent)seen[1]).Data.Code, Is.EqualTo("server_overloaded"));
            Assert.That(ex!.StatusCode, Is.EqualTo(200));
            Assert.That(ex.ErrorCode, Is.EqualTo("server_overloaded"));
            Assert.That(ex.ErrorType, Is.EqualTo("server_error"));
            Assert.That(ex.ErrorMessage, Is.EqualTo("The server is overloaded."));
            Assert.That(ex.RequestId, Is.EqualTo("req_stream_error"));
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs");
    }
}
