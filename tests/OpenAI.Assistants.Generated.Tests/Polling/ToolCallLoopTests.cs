using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>RunToCompletionAsync: concurrent tool calls, one submission per action, failure and cancellation paths.</summary>
public class ToolCallLoopTests : FakeApiTestBase
{
    private const string Get = "GET";
    private const string Post = "POST";
    private const string CreatePath = "/v1/threads/thread_1/runs";
    private const string SubmitPath = FakeApi.RunPath + "/submit_tool_outputs";
    private const string CancelPath = FakeApi.RunPath + "/cancel";

    /// <summary>Real time a handler waits for something the test expects to happen quickly.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private RunPollingOptions Options() => new() { TimeProvider = Time };

    private static readonly CreateRunRequest CreateRun = new() { AssistantId = "asst_1" };

    [Test]
    public async Task RunToCompletion_runs_the_calls_of_an_action_concurrently_and_submits_one_request_in_call_order()
    {
        Api.On(Post, CreatePath, FakeApi.Run("queued"));
        Api.On(Get, FakeApi.RunPath, FakeApi.RequiresAction("call_a", "call_b"), FakeApi.Run("completed"));
        Api.On(Post, SubmitPath, FakeApi.Run("in_progress"));
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bFinished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = new ConcurrentBag<string>();

        async Task<string> Handler(RequiredToolCall call, CancellationToken ct)
        {
            seen.Add($"{call.Id}:{call.Function.Name}:{call.Function.Arguments}");
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.TrySetResult();
            }

            // Neither call can finish before both have started: run one after the other, this times out.
            await bothStarted.Task.WaitAsync(Patience, ct);
            if (call.Id == "call_a")
            {
                await bFinished.Task.WaitAsync(Patience, ct); // b finishes first; the outputs still follow the calls' order
                return "output of a";
            }

            bFinished.TrySetResult();
            return "output of b";
        }

        var run = await Time.RunAsync(Client.RunToCompletionAsync(FakeApi.ThreadId, CreateRun, Handler, Options()));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(seen, Is.EquivalentTo(new[] { """call_a:get_weather:{"city":"call_a"}""", """call_b:get_weather:{"city":"call_b"}""" }));
        var submits = Api.CallsTo(Post, SubmitPath);
        Assert.That(submits, Has.Count.EqualTo(1));
        Assert.That(submits[0].Body, Is.EqualTo("""{"tool_outputs":[{"tool_call_id":"call_a","output":"output of a"},{"tool_call_id":"call_b","output":"output of b"}]}"""));
        Assert.That(Api.Calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(new[]
        {
            "POST " + CreatePath, "GET " + FakeApi.RunPath, "POST " + SubmitPath, "GET " + FakeApi.RunPath,
        }));
    }

    [Test]
    public async Task RunToCompletion_answers_each_required_action_until_the_run_is_over()
    {
        Api.On(Get, FakeApi.RunPath,
            FakeApi.RequiresAction("call_a"), FakeApi.Run("in_progress"), FakeApi.RequiresAction("call_c"), FakeApi.Run("completed"));
        Api.On(Post, SubmitPath, FakeApi.Run("queued"));

        var run = await Time.RunAsync(Client.RunToCompletionAsync(FakeApi.ThreadId, FakeApi.RunId, (call, _) => Task.FromResult("out " + call.Id), Options()));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(Api.CallsTo(Post, SubmitPath).Select(c => c.Body), Is.EqualTo(new[]
        {
            """{"tool_outputs":[{"tool_call_id":"call_a","output":"out call_a"}]}""",
            """{"tool_outputs":[{"tool_call_id":"call_c","output":"out call_c"}]}""",
        }));
    }

    [Test]
    public async Task RunToCompletion_from_a_run_that_requires_action_answers_it_before_polling()
    {
        var given = Json.Deserialize<ThreadRun>(FakeApi.RunJson("requires_action", toolCallIds: "call_a"));
        Api.On(Post, SubmitPath, FakeApi.Run("in_progress"));
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("completed"));

        var run = await Time.RunAsync(Client.RunToCompletionAsync(given, (_, _) => Task.FromResult("18"), Options()));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(Api.Calls.Select(c => c.Method), Is.EqualTo(new[] { Post, Get }));
    }

    [Test]
    public async Task RunToCompletion_returns_a_run_whose_status_is_unknown()
    {
        Api.On(Post, CreatePath, FakeApi.Run("queued"));
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("incomplete"));

        var run = await Time.RunAsync(Client.RunToCompletionAsync(FakeApi.ThreadId, CreateRun, (_, _) => Task.FromResult(""), Options()));

        Assert.That(run.Status.Value, Is.EqualTo("incomplete"));
        Assert.That(Api.Calls, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_failing_handler_cancels_the_other_calls_and_the_run_and_throws_ToolCallFailedException()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.RequiresAction("call_a", "call_b"));
        Api.On(Post, CancelPath, FakeApi.Run("cancelling"));
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bCancelled = false;
        var failure = new InvalidOperationException("weather service down");

        async Task<string> Handler(RequiredToolCall call, CancellationToken ct)
        {
            if (call.Id == "call_a")
            {
                await bStarted.Task.WaitAsync(Patience);
                throw failure;
            }

            bStarted.TrySetResult();
            try
            {
                await Task.Delay(Patience, ct);
                return "b finished: not cancelled";
            }
            catch (OperationCanceledException)
            {
                bCancelled = true;
                throw;
            }
        }

        var task = Client.RunToCompletionAsync(FakeApi.ThreadId, FakeApi.RunId, Handler, Options());
        var ex = Assert.ThrowsAsync<ToolCallFailedException>(async () => await Time.RunAsync(task))!;

        Assert.That(ex.InnerException, Is.SameAs(failure));
        Assert.That((ex.ToolCallId, ex.FunctionName, ex.Run.Id), Is.EqualTo(("call_a", "get_weather", FakeApi.RunId)));
        Assert.That(ex.ToolCall.Id, Is.EqualTo("call_a"));
        Assert.That(ex.CancelRunException, Is.Null);
        Assert.That(bCancelled, Is.True, "the other call's token was cancelled");
        Assert.That(Api.Calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "GET " + FakeApi.RunPath, "POST " + CancelPath }));
    }

    [Test]
    public async Task A_failure_to_cancel_the_run_does_not_hide_the_handler_error()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.RequiresAction("call_a"));
        Api.On(Post, CancelPath, FakeApi.Error(500));
        var failure = new InvalidOperationException("boom");

        var task = Client.RunToCompletionAsync(FakeApi.ThreadId, FakeApi.RunId, (_, _) => throw failure, Options());
        var ex = Assert.ThrowsAsync<ToolCallFailedException>(async () => await Time.RunAsync(task))!;

        Assert.That(ex.InnerException, Is.SameAs(failure), "a synchronous throw is a failure like any other");
        Assert.That(ex.CancelRunException, Is.InstanceOf<AssistantsApiException>().With.Property(nameof(AssistantsApiException.StatusCode)).EqualTo(500));
        Assert.That(Api.CallsTo(Post, CancelPath), Has.Count.EqualTo(1));
        Assert.That(Api.CallsTo(Post, SubmitPath), Is.Empty);
    }

    [Test]
    public async Task A_handler_returning_null_is_a_failure()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.RequiresAction("call_a"));
        Api.On(Post, CancelPath, FakeApi.Run("cancelling"));

        var task = Client.RunToCompletionAsync(FakeApi.ThreadId, FakeApi.RunId, (_, _) => Task.FromResult<string>(null!), Options());
        var ex = Assert.ThrowsAsync<ToolCallFailedException>(async () => await Time.RunAsync(task))!;

        Assert.That(ex.InnerException, Is.InstanceOf<InvalidOperationException>());
        Assert.That(Api.CallsTo(Post, SubmitPath), Is.Empty);
    }

    [Test]
    public async Task Caller_cancellation_stops_the_handlers_without_submitting_or_cancelling_the_run()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.RequiresAction("call_a"));
        using var cts = new CancellationTokenSource();
        var handlerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlerCancelled = false;

        async Task<string> Handler(RequiredToolCall call, CancellationToken ct)
        {
            handlerStarted.TrySetResult();
            try
            {
                await Task.Delay(Patience, ct);
                return "not cancelled";
            }
            catch (OperationCanceledException)
            {
                handlerCancelled = true;
                throw;
            }
        }

        var task = Client.RunToCompletionAsync(FakeApi.ThreadId, FakeApi.RunId, Handler, Options(), cts.Token);
        await handlerStarted.Task.WaitAsync(Patience);
        cts.Cancel();

        Assert.CatchAsync<OperationCanceledException>(async () => await task);
        Assert.That(handlerCancelled, Is.True);
        Assert.That(Api.Calls.Select(c => c.Method), Is.EqualTo(new[] { Get }), "no submit, no cancel");
    }

    [Test]
    public void Null_arguments_are_rejected_before_anything_is_sent()
    {
        Func<RequiredToolCall, CancellationToken, Task<string>> handler = (_, _) => Task.FromResult("");
        var run = Json.Deserialize<ThreadRun>(FakeApi.RunJson("requires_action", toolCallIds: "call_a"));

        Assert.ThrowsAsync<ArgumentNullException>(() => Client.RunToCompletionAsync(FakeApi.ThreadId, CreateRun, null!));
        Assert.ThrowsAsync<ArgumentNullException>(() => Client.RunToCompletionAsync(FakeApi.ThreadId, (CreateRunRequest)null!, handler));
        Assert.ThrowsAsync<ArgumentNullException>(() => Client.RunToCompletionAsync(run, null!));
        Assert.ThrowsAsync<ArgumentNullException>(() => Client.RunToCompletionAsync((ThreadRun)null!, handler));
        Assert.ThrowsAsync<ArgumentNullException>(() => Client.RunToCompletionAsync(FakeApi.ThreadId, FakeApi.RunId, null!));
        Assert.CatchAsync<ArgumentException>(() => Client.RunToCompletionAsync("", FakeApi.RunId, handler));
        Assert.That(Api.Calls, Is.Empty);
    }
}
