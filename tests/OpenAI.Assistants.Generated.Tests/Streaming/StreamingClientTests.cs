using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests.Streaming;

/// <summary>The streaming methods over a stub handler: the request, SSE reading, unknown events, failures, cancellation.</summary>
public class StreamingClientTests
{
    private const string RunJson = """{"id":"run_1","object":"thread.run","created_at":1,"thread_id":"thread_1","assistant_id":"asst_1","status":"queued","tools":[],"file_ids":[],"metadata":{}}""";

    private static string Frame(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private static AssistantsClient ClientOver(SseStubHandler handler) =>
        new(new HttpClient(handler), new AssistantsClientOptions { ApiKey = "sk-unit", BaseUrl = new Uri("https://example.test/v1") });

    [Test]
    public async Task CreateRunStreaming_SendsTheRequestWithStreamTrueAndEventStreamAccept()
    {
        using var handler = new SseStubHandler(Frame("done", "[DONE]"));
        var client = ClientOver(handler);
        var request = new CreateRunRequest { AssistantId = "asst_1", Instructions = "Be brief." };

        await client.CreateRunStreamingAsync("thread_1", request).ToListAsync();

        var sent = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(sent.Uri, Is.EqualTo(new Uri("https://example.test/v1/threads/thread_1/runs")));
            Assert.That(JToken.DeepEquals(JToken.Parse(sent.Body!), JObject.Parse("""{"assistant_id":"asst_1","instructions":"Be brief.","stream":true}""")), Is.True, sent.Body);
            Assert.That(sent.Headers["Accept"], Is.EqualTo("text/event-stream"));
            Assert.That(sent.Headers["Content-Type"], Does.StartWith("application/json"));
            Assert.That(sent.Headers["Authorization"], Is.EqualTo("Bearer sk-unit"));
            Assert.That(sent.Headers["OpenAI-Beta"], Is.EqualTo("assistants=v1"));
            Assert.That(request.Stream, Is.Null, "the caller's object is left as it was");
        });
    }

    [Test]
    public async Task SubmitToolOutputsStreaming_PostsToTheRunsSubmitPath_EscapingIds()
    {
        using var handler = new SseStubHandler(Frame("done", "[DONE]"));
        var client = ClientOver(handler);

        await client.SubmitToolOutputsStreamingAsync("thread 1", "run/1", new SubmitToolOutputsRequest
        {
            ToolOutputs = new List<ToolOutput> { new() { ToolCallId = "call_1", Output = "42" } },
        }).ToListAsync().AsTask();

        var sent = handler.Requests.Single();
        Assert.That(sent.Uri.AbsoluteUri, Is.EqualTo("https://example.test/v1/threads/thread%201/runs/run%2F1/submit_tool_outputs"));
        Assert.That(JToken.DeepEquals(JToken.Parse(sent.Body!), JObject.Parse("""{"tool_outputs":[{"tool_call_id":"call_1","output":"42"}],"stream":true}""")), Is.True, sent.Body);
    }

    [Test]
    public void StreamingMethods_RejectBadArgumentsWhenCalled_BeforeAnythingIsSent()
    {
        using var handler = new SseStubHandler(Frame("done", "[DONE]"));
        var client = ClientOver(handler);

        Assert.Multiple(() =>
        {
            Assert.That(() => client.CreateRunStreamingAsync("thread_1", null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("request"));
            Assert.That(() => client.CreateRunStreamingAsync("thread_1", new CreateRunRequest()),
                Throws.ArgumentException.With.Message.Contains("request.AssistantId is required"));
            Assert.That(() => client.CreateRunStreamingAsync(" ", new CreateRunRequest { AssistantId = "asst_1" }),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("threadId"));
            Assert.That(() => client.SubmitToolOutputsStreamingAsync("thread_1", null!, new SubmitToolOutputsRequest()),
                Throws.ArgumentNullException.With.Property("ParamName").EqualTo("runId"));
            Assert.That(() => client.CreateThreadAndRunStreamingAsync(new CreateThreadAndRunRequest()),
                Throws.ArgumentException.With.Message.Contains("request.AssistantId is required"));
        });
        Assert.That(handler.Requests, Is.Empty);
    }

    [TestCase(nameof(AssistantsClient.CreateRunAsync), nameof(AssistantsClient.CreateRunStreamingAsync))]
    [TestCase(nameof(AssistantsClient.CreateThreadAndRunAsync), nameof(AssistantsClient.CreateThreadAndRunStreamingAsync))]
    [TestCase(nameof(AssistantsClient.SubmitToolOutputsToRunAsync), nameof(AssistantsClient.SubmitToolOutputsStreamingAsync))]
    public void JsonMethods_RefuseStreamTrue_PointingToTheStreamingMethod(string method, string streamingMethod)
    {
        using var handler = new SseStubHandler(RunJson, "application/json");
        var client = ClientOver(handler);
        Func<Task> call = method switch
        {
            nameof(AssistantsClient.CreateRunAsync) => () => client.CreateRunAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1", Stream = true }),
            nameof(AssistantsClient.CreateThreadAndRunAsync) => () => client.CreateThreadAndRunAsync(new CreateThreadAndRunRequest { AssistantId = "asst_1", Stream = true }),
            _ => () => client.SubmitToolOutputsToRunAsync("thread_1", "run_1", new SubmitToolOutputsRequest { ToolOutputs = new List<ToolOutput>(), Stream = true }),
        };

        var ex = Assert.ThrowsAsync<ArgumentException>(() => call());

        Assert.That(ex!.ParamName, Is.EqualTo("request"));
        Assert.That(ex.Message, Does.Contain("request.Stream is true").And.Contain(streamingMethod));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task JsonMethods_AcceptStreamFalse()
    {
        using var handler = new SseStubHandler(RunJson, "application/json");
        var client = ClientOver(handler);

        var run = await client.CreateRunAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1", Stream = false });

        Assert.That(run.Id, Is.EqualTo("run_1"));
        Assert.That(handler.Requests.Single().Body, Does.Contain("\"stream\":false"));
    }

    [Test]
    public async Task Stream_UnknownEventName_ArrivesAsBaseEventWithNameAndRawData()
    {
        var body = Frame("thread.run.step.reasoning", """{"id":"step_1","summary":"thinking"}""") + Frame("done", "[DONE]");
        using var handler = new SseStubHandler(body);

        var events = await ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync();

        var unknown = events[0];
        Assert.Multiple(() =>
        {
            Assert.That(unknown.GetType(), Is.EqualTo(typeof(AssistantStreamEvent)));
            Assert.That(unknown.IsKnown, Is.False);
            Assert.That(unknown.Event.Value, Is.EqualTo("thread.run.step.reasoning"));
            Assert.That(unknown.Event.IsKnown, Is.False);
            Assert.That(unknown.RawData, Is.EqualTo("""{"id":"step_1","summary":"thinking"}"""));
            Assert.That(Json.Serialize(unknown), Is.EqualTo("""{"event":"thread.run.step.reasoning","data":{"id":"step_1","summary":"thinking"}}"""));
            Assert.That(events[1], Is.TypeOf<DoneEvent>());
        });
    }

    [Test]
    public async Task Stream_UnknownEventWithTextData_KeepsTheText()
    {
        using var handler = new SseStubHandler(Frame("ping", "still here") + Frame("done", "[DONE]"));

        var events = await ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync();

        Assert.That(events[0].RawData, Is.EqualTo("still here"));
        Assert.That(events[0].AdditionalProperties["data"], Is.EqualTo("still here"));
    }

    [Test]
    public async Task Stream_ReadsCrLfLinesCommentsAndMultiLineData()
    {
        // Keep-alive comments, CRLF line ends and data split over two data: lines are all valid SSE.
        var body = ": keep-alive\r\n\r\nevent: thread.run.created\r\ndata: {\"id\":\"run_1\",\"object\":\"thread.run\",\r\ndata: \"status\":\"queued\"}\r\n\r\nevent: done\r\ndata: [DONE]\r\n\r\n";
        using var handler = new SseStubHandler(body);

        var events = await ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync();

        Assert.That(events.Select(e => e.GetType()), Is.EqualTo(new[] { typeof(RunCreatedEvent), typeof(DoneEvent) }));
        Assert.That(((RunCreatedEvent)events[0]).Data.Status, Is.EqualTo(RunStatus.Queued));
    }

    [Test]
    public async Task Stream_StopsAtDone_WithoutReadingFurther()
    {
        // After `done` the server closes the stream; whatever follows (here: a connection left open) is not waited for.
        using var handler = new SseStubHandler(Frame("thread.run.created", RunJson) + Frame("done", "[DONE]")) { KeepOpen = true };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var events = await ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync(timeout.Token);

        Assert.That(events.Select(e => e.Event.Value), Is.EqualTo(new[] { "thread.run.created", "done" }));
        Assert.That(timeout.IsCancellationRequested, Is.False);
        Assert.That(handler.Stream!.Disposed, Is.True, "the response is released when the enumeration ends");
    }

    [Test]
    public async Task Stream_CancellationWhileWaitingForEvents_StopsTheEnumeration()
    {
        using var handler = new SseStubHandler(Frame("thread.run.created", RunJson)) { KeepOpen = true };
        using var cts = new CancellationTokenSource();
        var seen = new List<AssistantStreamEvent>();

        var ex = Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var e in ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }, cts.Token))
            {
                seen.Add(e);
                cts.Cancel(); // the next read is pending on the open connection
            }
        });

        Assert.That(ex, Is.Not.Null);
        Assert.That(seen.Single(), Is.TypeOf<RunCreatedEvent>());
        Assert.That(handler.Stream!.Disposed, Is.True);
    }

    [Test]
    public void Stream_WithCancellationToken_IsHonouredToo()
    {
        using var handler = new SseStubHandler(Frame("thread.run.created", RunJson)) { KeepOpen = true };
        using var cts = new CancellationTokenSource();
        var events = ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" });

        var ex = Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var e in events.WithCancellation(cts.Token))
            {
                cts.Cancel();
            }
        });

        Assert.That(ex, Is.Not.Null);
    }

    [Test]
    public void Stream_MalformedDataOfAKnownEvent_ThrowsWithTheRawData()
    {
        using var handler = new SseStubHandler(Frame("thread.run.created", "{\"id\": \"run_1\", \"status\": ") + Frame("done", "[DONE]"));

        var ex = Assert.ThrowsAsync<AssistantsApiException>(
            () => ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync().AsTask());

        Assert.That(ex!.Message, Does.Contain("'thread.run.created' event"));
        Assert.That(ex.Response, Is.EqualTo("{\"id\": \"run_1\", \"status\": "));
        Assert.That(ex.InnerException, Is.InstanceOf<Newtonsoft.Json.JsonException>());
    }

    [Test]
    public void Stream_JsonInsteadOfAnEventStream_ThrowsNamingWhatArrived()
    {
        using var handler = new SseStubHandler(RunJson, "application/json");

        var ex = Assert.ThrowsAsync<AssistantsApiException>(
            () => ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync().AsTask());

        Assert.That(ex!.Message, Does.Contain("text/event-stream").And.Contain("application/json"));
        Assert.That(ex.Response, Is.EqualTo(RunJson));
    }

    [Test]
    public void Stream_NonJsonErrorBody_ThrowsWithStatusAndRawBody()
    {
        using var handler = new SseStubHandler("<html>Bad gateway</html>", "text/html", HttpStatusCode.BadGateway);

        var ex = Assert.ThrowsAsync<AssistantsApiException>(
            () => ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync().AsTask());

        Assert.That(ex!.StatusCode, Is.EqualTo(502));
        Assert.That(ex.Response, Is.EqualTo("<html>Bad gateway</html>"));
        Assert.That(ex.RequestId, Is.EqualTo("req_stub"));
        Assert.That(ex.IsServerError, Is.True);
    }

    [Test]
    public void Stream_EndingWithoutDone_YieldsWhatArrivedThenThrows()
    {
        using var handler = new SseStubHandler(Frame("thread.run.created", RunJson) + Frame("thread.run.in_progress", RunJson));
        var seen = new List<AssistantStreamEvent>();

        var ex = Assert.ThrowsAsync<AssistantsApiException>(async () =>
        {
            await foreach (var e in ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }))
            {
                seen.Add(e);
            }
        });

        Assert.That(seen.Select(e => e.GetType()), Is.EqualTo(new[] { typeof(RunCreatedEvent), typeof(RunInProgressEvent) }));
        Assert.That(ex!.Message, Does.Contain("ended before its 'done' event"));
        Assert.That(ex.RequestId, Is.EqualTo("req_stub"));
    }

    [Test]
    public async Task Stream_IsLazy_NothingIsSentUntilEnumerated()
    {
        using var handler = new SseStubHandler(Frame("done", "[DONE]"));
        var events = ClientOver(handler).CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" });

        Assert.That(handler.Requests, Is.Empty);
        await events.ToListAsync();
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Stream_SilentLongerThanTheIdleTimeout_YieldsWhatArrivedThenThrowsTheTimeout()
    {
        using var handler = new SseStubHandler(Frame("thread.run.created", RunJson)) { KeepOpen = true };
        var client = new AssistantsClient(new HttpClient(handler), new AssistantsClientOptions
        {
            ApiKey = "sk-unit",
            BaseUrl = new Uri("https://example.test/v1"),
            StreamIdleTimeout = TimeSpan.FromMilliseconds(150),
        });
        var seen = new List<AssistantStreamEvent>();

        var ex = Assert.ThrowsAsync<AssistantsTimeoutException>(async () =>
        {
            await foreach (var e in client.CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }))
            {
                seen.Add(e);
            }
        })!;

        Assert.That(seen.Select(e => e.GetType()), Is.EqualTo(new[] { typeof(RunCreatedEvent) }));
        Assert.That(ex.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(150)));
        Assert.That(ex.Message, Does.Contain("event stream of CreateRun"));
        Assert.That(handler.Stream!.Disposed, Is.True, "the connection is released");
    }

    [Test]
    public async Task Stream_StartRefusedByTheRateLimiter_IsRetriedBeforeAnyEvent()
    {
        var sse = Frame("thread.run.created", RunJson) + Frame("done", "[DONE]");
        var network = new ScriptedHandler(
            ScriptedHandler.Json(429, """{"error":{"message":"slow down","type":"requests"}}""", ("retry-after-ms", "10")),
            ScriptedHandler.Content(200, new StringContent(sse, System.Text.Encoding.UTF8, "text/event-stream")));
        var client = new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = "sk-unit" });

        var events = await client.CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync();

        Assert.That(events.Select(e => e.GetType()), Is.EqualTo(new[] { typeof(RunCreatedEvent), typeof(DoneEvent) }));
        Assert.That(network.Sent, Has.Count.EqualTo(2));
        Assert.That(network.Sent[1].Body, Is.EqualTo(network.Sent[0].Body));
    }

    [Test]
    public void Stream_StartAnswered500_IsNotRetriedBecauseTheRunMayExist()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(500, """{"error":{"message":"boom","type":"server_error"}}"""));
        var client = new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = "sk-unit" });

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(async () =>
            await client.CreateRunStreamingAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" }).ToListAsync())!;

        Assert.That(ex.StatusCode, Is.EqualTo(500));
        Assert.That(network.Sent, Has.Count.EqualTo(1));
    }
}
