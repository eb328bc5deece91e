using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>WaitForRunAsync, WatchRunAsync and the ...AndPollAsync methods, over a fake API and a manual clock.</summary>
public class RunPollingTests : FakeApiTestBase
{
    private const string Get = "GET";
    private const string Post = "POST";

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private RunPollingOptions Options(Action<RunPollingOptions>? configure = null)
    {
        var options = new RunPollingOptions { TimeProvider = Time };
        configure?.Invoke(options);
        return options;
    }

    private Task<ThreadRun> Wait(RunPollingOptions? options = null, CancellationToken cancellationToken = default) =>
        Client.WaitForRunAsync(FakeApi.ThreadId, FakeApi.RunId, options ?? Options(), cancellationToken);

    private IEnumerable<TimeSpan> GetTimes() => Api.CallsTo(Get, FakeApi.RunPath).Select(c => c.At);

    [Test]
    public async Task Wait_polls_at_the_interval_until_a_terminal_status()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("queued"), FakeApi.Run("in_progress"), FakeApi.Run("completed"));

        var run = await Time.RunAsync(Wait());

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(GetTimes(), Is.EqualTo(new[] { TimeSpan.Zero, Second, 2 * Second }));
        Assert.That(Time.Waits, Is.EqualTo(new[] { Second, Second }));
        Assert.That(Api.Calls, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Wait_uses_the_configured_interval()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress"), FakeApi.Run("completed"));

        await Time.RunAsync(Wait(Options(o => o.PollInterval = TimeSpan.FromMilliseconds(250))));

        Assert.That(Time.Waits, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(250) }));
    }

    [Test]
    public async Task Wait_returns_the_run_that_requires_action()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress"), FakeApi.RequiresAction("call_a"), FakeApi.Run("completed"));

        var run = await Time.RunAsync(Wait());

        Assert.That(run.Status, Is.EqualTo(RunStatus.RequiresAction));
        Assert.That(run.RequiredAction!.SubmitToolOutputs.ToolCalls.Single().Id, Is.EqualTo("call_a"));
        Assert.That(Api.Calls, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Poll_after_header_sets_the_next_wait_instead_of_the_interval()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress", pollAfterMs: "2500"), FakeApi.Run("in_progress"), FakeApi.Run("completed"));

        await Time.RunAsync(Wait());

        Assert.That(Time.Waits, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(2500), Second }), "the header applies to the next wait only");
        Assert.That(GetTimes(), Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(2500), TimeSpan.FromMilliseconds(3500) }));
    }

    [TestCase("0", 100)]
    [TestCase("-250", 100)]
    [TestCase("1", 100)]
    [TestCase("abc", 1000)]
    [TestCase("", 1000)]
    [TestCase("1.5", 1000)]
    [TestCase("99999999999", 1000)]
    public async Task Poll_after_header_that_is_too_small_or_unreadable_never_makes_a_busy_loop(string header, int expectedMilliseconds)
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress", pollAfterMs: header), FakeApi.Run("completed"));

        await Time.RunAsync(Wait());

        Assert.That(Time.Waits, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(expectedMilliseconds) }));
    }

    [Test]
    public async Task Timeout_throws_RunPollingTimeoutException_carrying_the_last_run()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("queued"), FakeApi.Run("in_progress"));

        var ex = await CatchAsync<RunPollingTimeoutException>(Wait(Options(o => o.Timeout = TimeSpan.FromMilliseconds(2500))));

        Assert.That(ex, Is.InstanceOf<TimeoutException>());
        Assert.That(ex.LastRun!.Status, Is.EqualTo(RunStatus.InProgress));
        Assert.That((ex.ThreadId, ex.RunId, ex.Timeout), Is.EqualTo((FakeApi.ThreadId, FakeApi.RunId, TimeSpan.FromMilliseconds(2500))));
        Assert.That(Time.Elapsed, Is.EqualTo(TimeSpan.FromMilliseconds(2500)), "thrown at the deadline, not at the next poll");
        Assert.That(GetTimes(), Is.EqualTo(new[] { TimeSpan.Zero, Second, 2 * Second }));
    }

    [Test]
    public async Task Timeout_reached_by_a_capped_wait_sends_no_poll_even_if_the_deadline_fires_a_moment_later()
    {
        Time.WaitsFirstOnTies = true;
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("queued"), FakeApi.Run("in_progress"));
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(5)); // polls sent past the time left would go on without a wait

        var ex = await CatchAsync<RunPollingTimeoutException>(Wait(Options(o => o.Timeout = TimeSpan.FromMilliseconds(2500)), guard.Token));

        Assert.That(ex.LastRun!.Status, Is.EqualTo(RunStatus.InProgress));
        Assert.That(Time.Elapsed, Is.EqualTo(TimeSpan.FromMilliseconds(2500)));
        Assert.That(GetTimes(), Is.EqualTo(new[] { TimeSpan.Zero, Second, 2 * Second }), "no poll at 2.5 s, when the last wait (cut to the time left) ended");
    }

    [Test]
    public async Task Timeout_also_stops_a_poll_whose_request_hangs()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress"), FakeApi.Hang(Time));

        var ex = await CatchAsync<RunPollingTimeoutException>(Wait(Options(o => o.Timeout = 5 * Second)));

        Assert.That(ex.LastRun!.Status, Is.EqualTo(RunStatus.InProgress));
        Assert.That(Time.Elapsed, Is.EqualTo(5 * Second));
        Assert.That(Api.Calls, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Unknown_status_ends_the_wait_and_is_returned()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("queued"), FakeApi.Run("incomplete"), FakeApi.Run("completed"));

        var run = await Time.RunAsync(Wait());

        Assert.That(run.Status.Value, Is.EqualTo("incomplete"));
        Assert.That(run.Status.IsKnown, Is.False);
        Assert.That(Api.Calls, Has.Count.EqualTo(2));
        Assert.That(Time.Waits, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Transient_failures_are_retried_after_a_wait_that_doubles_with_each_failure_in_a_row()
    {
        Api.On(Get, FakeApi.RunPath,
            FakeApi.Run("in_progress"),
            FakeApi.Error(500),
            FakeApi.Throw(() => new HttpRequestException("connection reset")),
            FakeApi.Run("completed"));

        var run = await Time.RunAsync(Wait());

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        // 1 s after the success (the interval), 1 s after the first failure, 2 s after the second.
        Assert.That(GetTimes(), Is.EqualTo(new[] { TimeSpan.Zero, Second, 2 * Second, 4 * Second }));
    }

    [TestCase("408")]
    [TestCase("409")]
    [TestCase("429")]
    [TestCase("502")]
    [TestCase("503")]
    [TestCase("HttpRequestException")]
    [TestCase("TimeoutException")]
    [TestCase("HttpClientTimeout")]
    public async Task Each_kind_of_transient_failure_is_retried(string kind)
    {
        var failure = kind switch
        {
            "HttpRequestException" => FakeApi.Throw(() => new HttpRequestException("connection refused")),
            "TimeoutException" => FakeApi.Throw(() => new TimeoutException("the per-request timeout")),
            "HttpClientTimeout" => FakeApi.Throw(() => new TaskCanceledException("HttpClient.Timeout elapsed")),
            _ => FakeApi.Error(int.Parse(kind, System.Globalization.CultureInfo.InvariantCulture)),
        };
        Api.On(Get, FakeApi.RunPath, failure, FakeApi.Run("completed"));

        var run = await Time.RunAsync(Wait());

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(Api.Calls, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Transient_failures_beyond_MaxConsecutiveErrors_are_rethrown()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress"), FakeApi.Error(503));

        var ex = await CatchAsync<AssistantsApiException>(Wait());

        Assert.That(ex.StatusCode, Is.EqualTo(503));
        Assert.That(Api.Calls, Has.Count.EqualTo(1 + 3), "one success, then the default 3 consecutive failures");
    }

    [Test]
    public async Task MaxConsecutiveErrors_of_one_means_no_retry()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Throw(() => new HttpRequestException("down")));

        var ex = await CatchAsync<AssistantsConnectionException>(Wait(Options(o => o.MaxConsecutiveErrors = 1)));

        Assert.That(ex.InnerException, Is.InstanceOf<HttpRequestException>());

        Assert.That(Api.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_successful_poll_resets_the_failure_count()
    {
        Api.On(Get, FakeApi.RunPath,
            FakeApi.Error(500), FakeApi.Error(500), FakeApi.Run("in_progress"),
            FakeApi.Error(500), FakeApi.Error(500), FakeApi.Run("completed"));

        var run = await Time.RunAsync(Wait());

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(Api.Calls, Has.Count.EqualTo(6));
    }

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(404)]
    public async Task Non_transient_errors_are_thrown_at_once(int status)
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Error(status), FakeApi.Run("completed"));

        var ex = await CatchAsync<AssistantsApiException>(Wait());

        Assert.That(ex.StatusCode, Is.EqualTo(status));
        Assert.That(Api.Calls, Has.Count.EqualTo(1));
        Assert.That(Time.Waits, Is.Empty);
    }

    [Test]
    public async Task A_transient_error_the_server_says_not_to_retry_is_thrown_at_once()
    {
        Api.On(Get, FakeApi.RunPath, (call, token) =>
        {
            var response = FakeApi.Error(503)(call, token).Result;
            response.Headers.TryAddWithoutValidation("x-should-retry", "false");
            return Task.FromResult(response);
        }, FakeApi.Run("completed"));

        var ex = await CatchAsync<AssistantsApiException>(Wait());

        Assert.That(ex.StatusCode, Is.EqualTo(503));
        Assert.That(Api.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Caller_cancellation_during_a_wait_stops_at_once()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress"));
        using var cts = new CancellationTokenSource();

        var wait = Wait(cancellationToken: cts.Token);
        await Time.UntilWaitingAsync();
        cts.Cancel();

        Assert.CatchAsync<OperationCanceledException>(async () => await wait);
        Assert.That(Api.Calls, Has.Count.EqualTo(1));
        Assert.That(Time.Elapsed, Is.EqualTo(TimeSpan.Zero), "no virtual time passed: the wait was abandoned");
    }

    [Test]
    public async Task Caller_cancellation_during_a_request_is_not_retried_as_a_transient_failure()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Api.On(Get, FakeApi.RunPath, async (_, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        using var cts = new CancellationTokenSource();

        var wait = Wait(cancellationToken: cts.Token);
        await started.Task;
        cts.Cancel();

        Assert.CatchAsync<OperationCanceledException>(async () => await wait);
        Assert.That(Api.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Status_changes_reach_the_callback_and_the_watcher_once_each()
    {
        Api.On(Get, FakeApi.RunPath,
            FakeApi.Run("queued"), FakeApi.Run("queued"), FakeApi.Run("in_progress"), FakeApi.Run("in_progress"), FakeApi.Run("completed"));
        var callback = new List<string>();
        var options = Options(o => o.OnStatusChanged = run => callback.Add(run.Status.Value));

        var watched = await Time.RunAsync(CollectAsync(Client.WatchRunAsync(FakeApi.ThreadId, FakeApi.RunId, options)));

        var expected = new[] { "queued", "in_progress", "completed" };
        Assert.That(watched.Select(r => r.Status.Value), Is.EqualTo(expected));
        Assert.That(callback, Is.EqualTo(expected));
        Assert.That(Api.Calls, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Wait_reports_status_changes_through_the_callback()
    {
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress"), FakeApi.Run("in_progress"), FakeApi.Run("requires_action", toolCallIds: "call_a"));
        var callback = new List<string>();

        await Time.RunAsync(Wait(Options(o => o.OnStatusChanged = run => callback.Add(run.Status.Value))));

        Assert.That(callback, Is.EqualTo(new[] { "in_progress", "requires_action" }));
    }

    [Test]
    public async Task Concurrent_polls_on_one_client_keep_their_own_poll_after_header()
    {
        const string pathA = "/v1/threads/thread_1/runs/run_a";
        const string pathB = "/v1/threads/thread_1/runs/run_b";
        var bRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aHeadersSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bBodyRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var patience = TimeSpan.FromSeconds(5);

        // The two first polls are interleaved so that both are inside GetRun at once: A's response (300 ms) comes
        // once B's request is in flight; B's response (700 ms) comes once A's headers were processed; A's body is
        // read once B's was. A slot shared by the client, for the capture or for the value, gives A B's value or none.
        Api.On(Get, pathA, async (_, ct) =>
        {
            await bRequested.Task.WaitAsync(patience, ct);
            var body = new FakeApi.GatedContent(FakeApi.RunJson("in_progress", "run_a"), () =>
            {
                aHeadersSeen.TrySetResult();
                return bBodyRead.Task.WaitAsync(patience);
            });
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = body };
            response.Headers.TryAddWithoutValidation("openai-poll-after-ms", "300");
            return response;
        }, FakeApi.Run("completed", runId: "run_a"));
        Api.On(Get, pathB, async (_, ct) =>
        {
            bRequested.TrySetResult();
            await aHeadersSeen.Task.WaitAsync(patience, ct);
            var body = new FakeApi.GatedContent(FakeApi.RunJson("in_progress", "run_b"), () =>
            {
                bBodyRead.TrySetResult();
                return Task.CompletedTask;
            });
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = body };
            response.Headers.TryAddWithoutValidation("openai-poll-after-ms", "700");
            return response;
        }, FakeApi.Run("completed", runId: "run_b"));

        var a = Client.WaitForRunAsync(FakeApi.ThreadId, "run_a", Options());
        var b = Client.WaitForRunAsync(FakeApi.ThreadId, "run_b", Options());
        await Time.UntilWaitingAsync(count: 2); // both loops idle before the clock moves
        await Time.RunAsync(Task.WhenAll(a, b));

        Assert.That(Api.CallsTo(Get, pathA).Select(c => c.At), Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(300) }));
        Assert.That(Api.CallsTo(Get, pathB).Select(c => c.At), Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(700) }));
        Assert.That(Time.Waits, Is.EquivalentTo(new[] { TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(700) }));
    }

    [Test]
    public async Task Poll_after_header_of_another_call_is_not_captured()
    {
        // A header seen outside the polling loop (a plain GetRunAsync) must not leak into the next poll.
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress", pollAfterMs: "5000"), FakeApi.Run("in_progress"), FakeApi.Run("completed"));
        await Client.GetRunAsync(FakeApi.ThreadId, FakeApi.RunId);

        await Time.RunAsync(Wait());

        Assert.That(Time.Waits, Is.EqualTo(new[] { Second }));
    }

    [Test]
    public async Task CreateRunAndPoll_reports_the_created_run_then_polls_after_the_interval()
    {
        Api.On(Post, "/v1/threads/thread_1/runs", FakeApi.Run("queued"));
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("in_progress"), FakeApi.Run("completed"));
        var callback = new List<string>();

        var run = await Time.RunAsync(Client.CreateRunAndPollAsync(
            FakeApi.ThreadId, new CreateRunRequest { AssistantId = "asst_1" }, Options(o => o.OnStatusChanged = r => callback.Add(r.Status.Value))));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(callback, Is.EqualTo(new[] { "queued", "in_progress", "completed" }));
        Assert.That(Api.Calls.Select(c => (c.Method, c.At)), Is.EqualTo(new[] { (Post, TimeSpan.Zero), (Get, Second), (Get, 2 * Second) }));
    }

    [Test]
    public async Task CreateThreadAndRunAndPoll_polls_the_run_of_the_new_thread()
    {
        Api.On(Post, "/v1/threads/runs", FakeApi.Run("queued", runId: "run_new", threadId: "thread_new"));
        Api.On(Get, "/v1/threads/thread_new/runs/run_new", FakeApi.Run("completed", runId: "run_new", threadId: "thread_new"));

        var run = await Time.RunAsync(Client.CreateThreadAndRunAndPollAsync(new CreateThreadAndRunRequest { AssistantId = "asst_1" }, Options()));

        Assert.That((run.ThreadId, run.Id, run.Status), Is.EqualTo(("thread_new", "run_new", RunStatus.Completed)));
        Assert.That(Api.Calls, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task SubmitToolOutputsAndPoll_submits_then_polls_until_the_run_stops()
    {
        Api.On(Post, FakeApi.RunPath + "/submit_tool_outputs", FakeApi.Run("in_progress"));
        Api.On(Get, FakeApi.RunPath, FakeApi.Run("completed"));

        var run = await Time.RunAsync(Client.SubmitToolOutputsAndPollAsync(FakeApi.ThreadId, FakeApi.RunId,
            new SubmitToolOutputsRequest { ToolOutputs = { new ToolOutput { ToolCallId = "call_a", Output = "18" } } }, Options()));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(Api.Calls.Select(c => c.Method), Is.EqualTo(new[] { Post, Get }));
        Assert.That(Api.Calls[0].Body, Is.EqualTo("""{"tool_outputs":[{"tool_call_id":"call_a","output":"18"}]}"""));
    }

    [TestCase(null, "run_1")]
    [TestCase("", "run_1")]
    [TestCase("thread_1", "..")]
    [TestCase("thread_1", " ")]
    public void Wait_rejects_a_bad_id_before_sending(string? threadId, string runId)
    {
        Assert.CatchAsync<ArgumentException>(() => Client.WaitForRunAsync(threadId!, runId));
        Assert.Catch<ArgumentException>(() => Client.WatchRunAsync(threadId!, runId), "checked when called, not when enumerated");
        Assert.That(Api.Calls, Is.Empty);
    }

    [Test]
    public void Options_reject_invalid_values_when_set()
    {
        var options = new RunPollingOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => options.PollInterval = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.PollInterval = TimeSpan.FromSeconds(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Timeout = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Timeout = TimeSpan.FromDays(30));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxConsecutiveErrors = 0);
        Assert.Throws<ArgumentNullException>(() => options.TimeProvider = null!);

        options.Timeout = Timeout.InfiniteTimeSpan;
        Assert.That(options.Timeout, Is.Null, "infinite means no timeout");
        Assert.That((options.PollInterval, options.MaxConsecutiveErrors, options.TimeProvider), Is.EqualTo((Second, 3, TimeProvider.System)));
    }

    [Test]
    public void Only_cancelled_failed_completed_and_expired_are_terminal()
    {
        var terminal = RunStatus.KnownValues.Where(s => s.IsTerminal);

        Assert.That(terminal, Is.EquivalentTo(new[] { RunStatus.Cancelled, RunStatus.Failed, RunStatus.Completed, RunStatus.Expired }));
        Assert.That(new RunStatus("incomplete").IsTerminal, Is.False);
        Assert.That(new RunStatus("incomplete").EndsWait, Is.True, "an unknown status ends a wait");
        Assert.That(RunStatus.RequiresAction.EndsWait, Is.True);
        Assert.That(RunStatus.Cancelling.EndsWait, Is.False);
    }

    private async Task<T> CatchAsync<T>(Task task)
        where T : Exception
    {
        try
        {
            await Time.RunAsync(task);
        }
        catch (T expected)
        {
            return expected;
        }

        throw new AssertionException($"Expected {typeof(T).Name}, nothing was thrown.");
    }

    private static async Task<List<ThreadRun>> CollectAsync(IAsyncEnumerable<ThreadRun> runs)
    {
        var list = new List<ThreadRun>();
        await foreach (var run in runs)
        {
            list.Add(run);
        }

        return list;
    }
}
