using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// The polling helpers and the tool-call loop against WireMock.Net: scenarios give the run its successive states, the
/// request log says which requests were sent.
/// </summary>
[TestFixture]
public sealed class PollingContractTests : ContractTestBase
{
    private const string ThreadId = "thread_abc123";
    private const string RunId = "run_abc123";
    private const string RunPath = "/v1/threads/thread_abc123/runs/run_abc123";
    private const string CreatePath = "/v1/threads/thread_abc123/runs";
    private const string SubmitPath = RunPath + "/submit_tool_outputs";
    private const string CancelPath = RunPath + "/cancel";

    /// <summary>Small enough that real polling stays fast.</summary>
    private static readonly TimeSpan FastInterval = TimeSpan.FromMilliseconds(10);

    private static RunPollingOptions Fast(List<string>? statuses = null) => new()
    {
        PollInterval = FastInterval,
        OnStatusChanged = statuses is null ? null : run => statuses.Add(run.Status.Value),
    };

    /// <summary>Adds every mapping of <c>Mappings/Polling/&lt;folder&gt;</c>.</summary>
    private static void GivenScenario(string folder)
    {
        var directory = Path.Combine(RepoPaths.OutputDirectory, "Mappings", "Polling", folder);
        foreach (var file in Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            Given(Path.Combine("Polling", folder, Path.GetFileName(file)));
        }
    }

    /// <summary>The log in the order received, as <c>METHOD path</c> lines; fails on any unmatched request.</summary>
    private static List<string> Journal()
    {
        var unmatched = Server.UnmatchedEntries;
        Assert.That(unmatched, Is.Empty, () => $"Unmatched requests:\n{MockApiServer.Summarize(unmatched)}");
        return Server.LogEntries
            .Select(entry => entry.RequestMessage.Method + " " + MockApiServer.WirePath(entry.RequestMessage))
            .ToList();
    }

    private static JToken BodyOfSingle(string method, string path)
    {
        var requests = Server.LogEntries
            .Select(entry => entry.RequestMessage)
            .Where(r => r.Method == method && MockApiServer.WirePathAndQuery(r) == path)
            .ToList();
        Assert.That(requests, Has.Count.EqualTo(1), $"{method} {path} requests");
        return JToken.Parse(requests[0].Body!);
    }

    [Test]
    public async Task CreateRun_AndPoll_FollowsQueuedInProgressRequiresAction_ThenSubmitToolOutputsAndPollReachesCompleted()
    {
        GivenScenario("Lifecycle");
        var statuses = new List<string>();

        var run = await Call(() => Client.CreateRunAndPollAsync(ThreadId, new CreateRunRequest { AssistantId = "asst_abc123" }, Fast(statuses)));

        Assert.That(run.Status, Is.EqualTo(RunStatus.RequiresAction));
        var outputs = new SubmitToolOutputsRequest();
        foreach (var call in run.RequiredAction!.SubmitToolOutputs.ToolCalls)
        {
            outputs.ToolOutputs.Add(new ToolOutput { ToolCallId = call.Id, Output = "18" });
        }

        var final = await Call(() => Client.SubmitToolOutputsAndPollAsync(ThreadId, run.Id, outputs, Fast(statuses)));

        Assert.That(final.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(statuses, Is.EqualTo(new[] { "queued", "in_progress", "requires_action", "in_progress", "completed" }));
        Assert.That(Journal(), Is.EqualTo(new[]
        {
            "POST " + CreatePath, "GET " + RunPath, "GET " + RunPath, "POST " + SubmitPath, "GET " + RunPath,
        }), "1 create + 2 gets, then 1 submit + 1 get");
    }

    [Test]
    public async Task GetRun_PollAfterMsHeader_SetsTheWaitBeforeTheNextPoll()
    {
        GivenScenario("PollAfter");
        var time = new RecordingTimeProvider();

        var run = await Call(() => Client.WaitForRunAsync(ThreadId, RunId, new RunPollingOptions { PollInterval = TimeSpan.FromSeconds(30), TimeProvider = time }));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(time.Waits, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(250) }), "the header's 250 ms, not the 30 s interval");
        Assert.That(Journal(), Is.EqualTo(new[] { "GET " + RunPath, "GET " + RunPath }));
    }

    [Test]
    public void GetRun_PastTheDeadline_ThrowsRunPollingTimeoutExceptionWithTheLastRun()
    {
        GivenScenario("Deadline");
        var timeout = TimeSpan.FromSeconds(1);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20)); // a broken deadline fails the test instead of hanging it
        var watch = Stopwatch.StartNew();

        var ex = Assert.ThrowsAsync<RunPollingTimeoutException>(() => Call(() =>
            Client.WaitForRunAsync(ThreadId, RunId, new RunPollingOptions { PollInterval = FastInterval, Timeout = timeout }, guard.Token)))!;

        watch.Stop();
        Assert.That(ex.LastRun!.Status, Is.EqualTo(RunStatus.InProgress));
        Assert.That(ex.Timeout, Is.EqualTo(timeout));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(timeout - TimeSpan.FromMilliseconds(50)).And.LessThan(TimeSpan.FromSeconds(30)),
            "thrown at the deadline, not after the server's 60 s poll-after");
        Assert.That(Journal(), Is.EqualTo(new[] { "GET " + RunPath, "GET " + RunPath }), "queued, then in_progress; the deadline cuts the 60 s wait");
    }

    [Test]
    public async Task GetRun_UnknownStatusIncomplete_EndsTheWaitAndIsReturned()
    {
        GivenScenario("UnknownStatus");

        var run = await Call(() => Client.WaitForRunAsync(ThreadId, RunId, Fast()));
        await Task.Delay(5 * FastInterval); // would be time for more polls if the loop went on

        Assert.That(run.Status.Value, Is.EqualTo("incomplete"));
        Assert.That(run.Status.IsKnown, Is.False);
        Assert.That(run.IncompleteDetails!.Reason, Is.EqualTo(RunIncompleteReason.MaxCompletionTokens));
        Assert.That(Journal(), Is.EqualTo(new[] { "GET " + RunPath, "GET " + RunPath }));
    }

    [Test]
    public async Task GetRun_TransientServerError_IsRetriedAfterTheInterval()
    {
        GivenScenario("Transient");

        var run = await Call(() => Client.WaitForRunAsync(ThreadId, RunId, Fast()));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(Journal(), Is.EqualTo(new[] { "GET " + RunPath, "GET " + RunPath }), "503, then completed");
    }

    [Test]
    public async Task CreateThreadAndRun_AndPoll_PollsTheNewThreadsRun()
    {
        GivenScenario("ThreadAndRun");

        var run = await Call(() => Client.CreateThreadAndRunAndPollAsync(new CreateThreadAndRunRequest { AssistantId = "asst_abc123" }, Fast()));

        Assert.That((run.ThreadId, run.Id, run.Status), Is.EqualTo(("thread_new456", "run_new789", RunStatus.Completed)));
        Assert.That(Journal(), Is.EqualTo(new[] { "POST /v1/threads/runs", "GET /v1/threads/thread_new456/runs/run_new789" }));
    }

    [Test]
    public async Task SubmitToolOutputsToRun_RunToCompletion_AnswersTwoFunctionCallsInOneSubmission()
    {
        GivenScenario("ToolLoop");
        var temperatures = new Dictionary<string, int> { ["Paris"] = 18, ["Tokyo"] = 22 };

        var run = await Call(() => Client.RunToCompletionAsync(ThreadId, new CreateRunRequest { AssistantId = "asst_abc123" }, async (call, ct) =>
        {
            await Task.Yield();
            var city = JObject.Parse(call.Function.Arguments).Value<string>("city")!;
            return $$"""{"temperature":{{temperatures[city]}},"unit":"celsius"}""";
        }, Fast()));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        var body = BodyOfSingle("POST", SubmitPath);
        Assert.That(JToken.DeepEquals(body, JToken.Parse("""
            {"tool_outputs":[
              {"tool_call_id":"call_paris","output":"{\"temperature\":18,\"unit\":\"celsius\"}"},
              {"tool_call_id":"call_tokyo","output":"{\"temperature\":22,\"unit\":\"celsius\"}"}]}
            """)), Is.True, body.ToString());
        Assert.That(Journal(), Is.EqualTo(new[] { "POST " + CreatePath, "GET " + RunPath, "POST " + SubmitPath, "GET " + RunPath }),
            "1 create + 1 get + 1 submit (both outputs) + 1 get");
    }

    [Test]
    public async Task CancelRun_WhenAToolHandlerFails_RunToCompletionCancelsTheRunAndSubmitsNothing()
    {
        GivenScenario("HandlerFailure");
        var tokyoCancelled = false;

        var ex = Assert.ThrowsAsync<ToolCallFailedException>(() => Call(() => Client.RunToCompletionAsync(ThreadId, RunId, async (call, ct) =>
        {
            if (call.Id == "call_paris")
            {
                await Task.Delay(20, CancellationToken.None);
                throw new InvalidOperationException("weather service down");
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
                return "not cancelled";
            }
            catch (OperationCanceledException)
            {
                tokyoCancelled = true;
                throw;
            }
        }, Fast())))!;

        Assert.That((ex.ToolCallId, ex.FunctionName), Is.EqualTo(("call_paris", "get_weather")));
        Assert.That(ex.InnerException!.Message, Is.EqualTo("weather service down"));
        Assert.That(ex.CancelRunException, Is.Null);
        Assert.That(tokyoCancelled, Is.True);
        Assert.That(Journal(), Is.EqualTo(new[] { "GET " + RunPath, "POST " + CancelPath }), "1 get + 1 cancel, no submit");
    }
}
