using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// The fault matrix: network faults, broken answers and every transient status, each put through the kinds of call
/// (read, modify, create, delete, a listing page, the start of a stream, polling), with the number of requests the
/// server received, how the call ended and the waits between attempts. Faults that are well-formed HTTP are mapping
/// files (<c>Mappings/Resilience/</c>); resets, bytes that are not HTTP and stalled bodies come from
/// <see cref="RawFaultServer"/>; a refused connection is a port where nothing listens.
/// </summary>
/// <remarks>
/// Every client here retries twice (the default), with the backoff jitter fixed at 0 so that waits are exact (500 ms,
/// then 1000 ms, or the server's hint). Its clock is a <see cref="FastForwardClock"/>: waits take no real time and
/// are read back from the client's <c>Retrying</c> log lines (<c>DelayMs</c>). Faults that only a timeout ends
/// (stalls) run on the real clock with 300 ms timeouts instead.
/// </remarks>
[TestFixture]
public sealed class ResilienceContractTests : ContractTestBase
{
    private const string ThreadId = "thread_abc123";
    private const string RunId = "run_abc123";
    private const string AssistantId = "asst_abc123";

    /// <summary>Where the fake clock starts: three seconds before the HTTP date of <c>ServiceUnavailable503RetryAfterDate.json</c>.</summary>
    private static readonly DateTimeOffset ClockStart = new(2015, 10, 21, 7, 28, 0, TimeSpan.Zero);

    /// <summary>The request and idle timeouts of the cases that only a timeout ends.</summary>
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(300);

    private static readonly Dictionary<int, string> StatusMappings = new()
    {
        [408] = "RequestTimeout408",
        [409] = "Conflict409",
        [429] = "RateLimited429",
        [500] = "ServerError500",
        [502] = "BadGateway502",
        [503] = "ServiceUnavailable503",
    };

    private static readonly ResilienceFault Reset = ResilienceFault.RawThenAnswer("connection reset after the request", RawBehaviour.Reset);
    private static readonly ResilienceFault RandomData = ResilienceFault.RawThenAnswer("512 random bytes, not HTTP", RawBehaviour.RandomData);
    private static readonly ResilienceFault Stall = ResilienceFault.RawThenAnswer(
        "200 headers, then no body byte (300 ms request timeout)", RawBehaviour.HeadersThenStall(200, "application/json"), endsByTimeout: true);
    private static readonly ResilienceFault EventStreamStall = ResilienceFault.RawThenAnswer(
        "event-stream headers, then no event (300 ms idle timeout)", RawBehaviour.HeadersThenStall(200, "text/event-stream"), endsByTimeout: true);
    private static readonly ResilienceFault Refused = ResilienceFault.ConnectionRefused;
    private static readonly ResilienceFault Empty = ResilienceFault.FirstRequest("200 with an empty body (EMPTY_RESPONSE)", "EmptyResponse");
    private static readonly ResilienceFault Garbled = ResilienceFault.FirstRequest("200 with a garbled body (MALFORMED_RESPONSE_CHUNK)", "MalformedResponseChunk");
    private static readonly ResilienceFault RetryAfterMs = ResilienceFault.FirstRequest("429 retry-after-ms: 1500 and Retry-After: 2", "RateLimited429RetryAfterMs");
    private static readonly ResilienceFault RetryAfterDate = ResilienceFault.FirstRequest("503 Retry-After: an HTTP date 3 s ahead", "ServiceUnavailable503RetryAfterDate");
    private static readonly ResilienceFault RetryAfterTooLong = ResilienceFault.FirstRequest("429 Retry-After: 120 (over 60 s)", "RateLimited429RetryAfter120s");
    private static readonly ResilienceFault NoRetry503 = ResilienceFault.FirstRequest("503 x-should-retry: false", "ServiceUnavailable503ShouldRetryFalse");
    private static readonly ResilienceFault NoRetry429 = ResilienceFault.FirstRequest("429 x-should-retry: false", "RateLimited429ShouldRetryFalse");
    private static readonly ResilienceFault Retry500 = ResilienceFault.FirstRequest("500 x-should-retry: true", "ServerError500ShouldRetryTrue");
    private static readonly ResilienceFault Retry400 = ResilienceFault.FirstRequest("400 x-should-retry: true", "BadRequest400ShouldRetryTrue");
    private static readonly ResilienceFault ProxyPage = ResilienceFault.FirstRequest("502 HTML page from a proxy", "BadGateway502HtmlFromProxy");
    private static readonly ResilienceFault Always503 = ResilienceFault.EveryRequest("503", "ServiceUnavailable503");
    private static readonly ResilienceFault Always429 = ResilienceFault.EveryRequest("429", "RateLimited429");
    private static readonly ResilienceFault AlwaysProxyPage = ResilienceFault.EveryRequest("502 HTML page from a proxy", "BadGateway502HtmlFromProxy");

    private static readonly ExpectedOutcome Success = ExpectedOutcome.Success;
    private static readonly ExpectedOutcome NoResponse = ExpectedOutcome.NoResponse;
    private static readonly ExpectedOutcome RefusedConnection = ExpectedOutcome.Refused;
    private static readonly ExpectedOutcome TimedOut = ExpectedOutcome.TimedOut;
    private static readonly ExpectedOutcome IdleTimedOut = ExpectedOutcome.IdleTimedOut;

    /// <summary>The matrix: call × fault → requests received, outcome, waits in ms.</summary>
    public static IReadOnlyList<FaultCase> Rows { get; } = new FaultCase[]
    {
        // A read is idempotent: every transient fault is retried and the retry gets the run.
        new(CallKind.Read, Reset, 2, Success, 500),
        new(CallKind.Read, RandomData, 2, Success, 500),
        new(CallKind.Read, Stall, 2, Success, 500),
        new(CallKind.Read, Refused, 0, RefusedConnection, 500, 1000),
        new(CallKind.Read, Empty, 2, Success, 500),
        new(CallKind.Read, Garbled, 2, Success, 500),
        new(CallKind.Read, Status(408), 2, Success, 500),
        new(CallKind.Read, StatusRetryAfter(408), 2, Success, 2000),
        new(CallKind.Read, Status(409), 2, Success, 500),
        new(CallKind.Read, StatusRetryAfter(409), 2, Success, 2000),
        new(CallKind.Read, Status(429), 2, Success, 500),
        new(CallKind.Read, StatusRetryAfter(429), 2, Success, 2000),
        new(CallKind.Read, Status(500), 2, Success, 500),
        new(CallKind.Read, StatusRetryAfter(500), 2, Success, 2000),
        new(CallKind.Read, Status(502), 2, Success, 500),
        new(CallKind.Read, StatusRetryAfter(502), 2, Success, 2000),
        new(CallKind.Read, Status(503), 2, Success, 500),
        new(CallKind.Read, StatusRetryAfter(503), 2, Success, 2000),
        new(CallKind.Read, RetryAfterMs, 2, Success, 1500),
        new(CallKind.Read, RetryAfterDate, 2, Success, 3000),
        new(CallKind.Read, RetryAfterTooLong, 2, Success, 500),
        new(CallKind.Read, NoRetry503, 1, ExpectedOutcome.ApiError(503)),
        new(CallKind.Read, NoRetry429, 1, ExpectedOutcome.ApiError(429)),
        new(CallKind.Read, Retry500, 2, Success, 500),
        new(CallKind.Read, Retry400, 2, Success, 500),
        new(CallKind.Read, ProxyPage, 2, Success, 500),
        new(CallKind.Read, Always503, 3, ExpectedOutcome.ApiError(503), 500, 1000),
        new(CallKind.Read, Always429, 3, ExpectedOutcome.ApiError(429), 500, 1000),
        new(CallKind.Read, AlwaysProxyPage, 3, ExpectedOutcome.ProxyPage(502), 500, 1000),

        // A create is not idempotent: sent again only when the failure proves it did nothing (429, 408, a refused
        // connection) or the server says x-should-retry: true. Everything else is sent once.
        new(CallKind.Create, Reset, 1, NoResponse),
        new(CallKind.Create, RandomData, 1, NoResponse),
        new(CallKind.Create, Stall, 1, TimedOut),
        new(CallKind.Create, Refused, 0, RefusedConnection, 500, 1000),
        new(CallKind.Create, Empty, 1, ExpectedOutcome.Malformed(nameof(ThreadMessage))),
        new(CallKind.Create, Garbled, 1, ExpectedOutcome.Malformed(nameof(ThreadMessage))),
        new(CallKind.Create, Status(408), 2, Success, 500),
        new(CallKind.Create, StatusRetryAfter(408), 2, Success, 2000),
        new(CallKind.Create, Status(409), 1, ExpectedOutcome.ApiError(409)),
        new(CallKind.Create, StatusRetryAfter(409), 1, ExpectedOutcome.ApiError(409)),
        new(CallKind.Create, Status(429), 2, Success, 500),
        new(CallKind.Create, StatusRetryAfter(429), 2, Success, 2000),
        new(CallKind.Create, Status(500), 1, ExpectedOutcome.ApiError(500)),
        new(CallKind.Create, StatusRetryAfter(500), 1, ExpectedOutcome.ApiError(500)),
        new(CallKind.Create, Status(502), 1, ExpectedOutcome.ApiError(502)),
        new(CallKind.Create, StatusRetryAfter(502), 1, ExpectedOutcome.ApiError(502)),
        new(CallKind.Create, Status(503), 1, ExpectedOutcome.ApiError(503)),
        new(CallKind.Create, StatusRetryAfter(503), 1, ExpectedOutcome.ApiError(503)),
        new(CallKind.Create, RetryAfterMs, 2, Success, 1500),
        new(CallKind.Create, RetryAfterDate, 1, ExpectedOutcome.ApiError(503)),
        new(CallKind.Create, RetryAfterTooLong, 2, Success, 500),
        new(CallKind.Create, NoRetry503, 1, ExpectedOutcome.ApiError(503)),
        new(CallKind.Create, NoRetry429, 1, ExpectedOutcome.ApiError(429)),
        new(CallKind.Create, Retry500, 2, Success, 500),
        new(CallKind.Create, Retry400, 2, Success, 500),
        new(CallKind.Create, ProxyPage, 1, ExpectedOutcome.ProxyPage(502)),
        new(CallKind.Create, Always503, 1, ExpectedOutcome.ApiError(503)),
        new(CallKind.Create, Always429, 3, ExpectedOutcome.ApiError(429), 500, 1000),
        new(CallKind.Create, AlwaysProxyPage, 1, ExpectedOutcome.ProxyPage(502)),

        // Modifies and deletes are idempotent: retried like reads.
        new(CallKind.Modify, Status(503), 2, Success, 500),
        new(CallKind.Modify, Reset, 2, Success, 500),
        new(CallKind.Modify, Status(409), 2, Success, 500),
        new(CallKind.Delete, Status(503), 2, Success, 500),
        new(CallKind.Delete, Reset, 2, Success, 500),
        new(CallKind.Delete, StatusRetryAfter(429), 2, Success, 2000),

        // A listing retries the page that failed.
        new(CallKind.ListPage, Status(503), 2, Success, 500),
        new(CallKind.ListPage, Reset, 2, Success, 500),
        new(CallKind.ListPage, Garbled, 2, Success, 500),

        // Starting a stream creates a run: retried like a create. Once the events flow, nothing is resent.
        new(CallKind.StreamStart, Status(503), 1, ExpectedOutcome.ApiError(503)),
        new(CallKind.StreamStart, Reset, 1, NoResponse),
        new(CallKind.StreamStart, Status(429), 2, Success, 500),
        new(CallKind.StreamStart, Refused, 0, RefusedConnection, 500, 1000),
        new(CallKind.StreamStart, EventStreamStall, 1, IdleTimedOut),

        // Polling: each GetRun of the loop goes through the pipeline, which retries it before the loop sees a failure.
        new(CallKind.Polling, Status(503), 2, Success, 500),
        new(CallKind.Polling, Reset, 2, Success, 500),
        new(CallKind.Polling, Empty, 2, Success, 500),
    };

    public static IEnumerable<TestCaseData> Matrix() => Rows.Select(row => new TestCaseData(row).SetArgDisplayNames(row.ToString()));

    [TestCaseSource(nameof(Matrix))]
    public async Task Matrix_EachFault_IsRetriedOnlyWhenThatIsSafe(FaultCase row)
    {
        var (method, path) = Target(row.Call);
        using var raw = row.Fault.Raw is { } behaviour ? RawFaultServer.Start(behaviour, RecoveredAnswer(row.Call)) : null;
        var baseUrl = row.Fault.Refused ? RawFaultServer.RefusingBaseUrl() : raw?.BaseUrl ?? Server.BaseUrl;
        if (row.Fault.Mapping is { } mapping)
        {
            Given($"Resilience/{mapping}.json");
            Given($"Resilience/Recovered/{RecoveredMapping(row.Call)}.json");
        }

        var logs = new LogCapture();
        var clock = row.Fault.EndsByTimeout ? null : new FastForwardClock(ClockStart);
        using var client = NewClient(baseUrl, logs, clock);

        string? result = null;
        Exception? failure = null;
        try
        {
            result = clock is null
                ? await InvokeAsync(client, row.Call, TimeProvider.System)
                : await clock.RunAsync(() => InvokeAsync(client, row.Call, clock));
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        var requests = raw is not null ? raw.Requests.Count : row.Fault.Refused ? 0 : await WireMockRequestsAsync(row.Requests);
        Assert.Multiple(() =>
        {
            Assert.That(requests, Is.EqualTo(row.Requests), "requests the server received");
            Assert.That(logs.RetryDelaysMs(), Is.EqualTo(row.WaitsMs.Select(ms => (double)ms)), "DelayMs of the Retrying log lines");
            if (clock is not null)
            {
                Assert.That(clock.Waits.Select(wait => wait.TotalMilliseconds), Is.EqualTo(row.WaitsMs.Select(ms => (double)ms)), "waits started on the clock");
                Assert.That(clock.Moved, Is.EqualTo(TimeSpan.FromMilliseconds(row.WaitsMs.Sum())), "the clock moved by the waits and nothing else");
            }

            if (raw is not null)
            {
                Assert.That(raw.Requests, Has.All.StartsWith($"{method} {path}"), "the raw server's request lines");
            }
            else if (row.Fault.Mapping is { } faultMapping)
            {
                var answered = Enumerable.Repeat($"Resilience/{faultMapping}", 1)
                    .Concat(Enumerable.Repeat(row.Fault.ThenAnswers ? $"Resilience/Recovered/{RecoveredMapping(row.Call)}" : $"Resilience/{faultMapping}", row.Requests - 1));
                Assert.That(AnsweringMappings(), Is.EqualTo(answered), "the mappings that answered: a retry matched the call's own request, body included");
            }

            AssertOutcome(row, failure, result, method, path);
        });
    }

    [Test]
    public void Matrix_CoversEveryFaultOnTheReadAndTheCreate_AndEveryCallKind()
    {
        var faults = Rows.Select(row => row.Fault.Script).Distinct().ToList();
        var streamOnly = new[] { EventStreamStall.Script };
        var mappingFiles = Directory.GetFiles(Path.Combine(RepoPaths.MappingsDirectory, "Resilience"), "*.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Path.Combine(RepoPaths.MappingsDirectory, "Resilience"), file).Replace('\\', '/'))
            .Select(file => file.Substring(0, file.Length - ".json".Length))
            .Where(file => !file.StartsWith("Recovered/", StringComparison.Ordinal));
        var used = Rows.Select(row => row.Fault.Mapping).Where(mapping => mapping is not null).ToHashSet();

        Assert.Multiple(() =>
        {
            foreach (var call in new[] { CallKind.Read, CallKind.Create })
            {
                Assert.That(faults.Except(streamOnly).Except(Rows.Where(row => row.Call == call).Select(row => row.Fault.Script)), Is.Empty, $"faults without a {call} row");
            }

            foreach (var call in Enum.GetValues<CallKind>())
            {
                Assert.That(Rows.Where(row => row.Call == call).Select(row => row.Fault.Script), Does.Contain(Status(503).Script).And.Contain(Reset.Script), $"{call}: a 503 and a reset row");
            }

            Assert.That(Rows.Select(row => row.ToString()), Is.Unique);
            Assert.That(mappingFiles.Where(file => !used.Contains(file)), Is.Empty, "fault mappings no row uses");
        });

        // The table for release notes and reviews, written from the rows above.
        var table = Path.Combine(TestContext.CurrentContext.WorkDirectory, "ResilienceMatrix.md");
        File.WriteAllText(table, MarkdownTable());
        TestContext.Out.WriteLine("The matrix as a markdown table: " + table);
    }

    [Test]
    public async Task GetRun_503Then200_ReturnsTheRunAfterExactlyTwoRequests()
    {
        Given("Resilience/FirstRequest/ServiceUnavailable503.json");
        Given("Resilience/Recovered/GetRun.json");
        var logs = new LogCapture();
        var clock = new FastForwardClock(ClockStart);
        using var client = NewClient(Server.BaseUrl, logs, clock); // default retries

        var run = await clock.RunAsync(() => client.GetRunAsync(ThreadId, RunId));

        Assert.That(run.Id, Is.EqualTo(RunId));
        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(await WireMockRequestsAsync(2), Is.EqualTo(2));
        Assert.That(AnsweringMappings(), Is.EqualTo(new[] { "Resilience/FirstRequest/ServiceUnavailable503", "Resilience/Recovered/GetRun" }));
        Assert.That(logs.RetryDelaysMs(), Is.EqualTo(new[] { 500.0 }));
        var retrying = logs.Event("Retrying").Single();
        Assert.That(retrying.Fields["Reason"], Is.EqualTo("503 Service Unavailable"));
        Assert.That(retrying.Fields["Retry"], Is.EqualTo(1));
        Assert.That(retrying.Fields["MaxRetries"], Is.EqualTo(2));
    }

    [Test]
    public async Task CreateMessage_Answered500_IsSentExactlyOnce()
    {
        Given("Resilience/FirstRequest/ServerError500.json");
        Given("Resilience/Recovered/CreateMessage.json");
        var logs = new LogCapture();
        var clock = new FastForwardClock(ClockStart);
        using var client = NewClient(Server.BaseUrl, logs, clock); // default retries, RetryNonIdempotentRequests off

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() => clock.RunAsync(() => client.CreateMessageAsync(ThreadId, NewMessage())))!;

        Assert.That(ex.StatusCode, Is.EqualTo(500));
        Assert.That(ex.ErrorType, Is.EqualTo("server_error"));
        Assert.That(ex.Message, Does.StartWith("500 Internal Server Error from POST /v1/threads/thread_abc123/messages: The server had an error"));
        Assert.That(await WireMockRequestsAsync(1), Is.EqualTo(1));
        Assert.That(AnsweringMappings(), Is.EqualTo(new[] { "Resilience/FirstRequest/ServerError500" }), "the create was not sent again");
        Assert.That(logs.Event("Retrying"), Is.Empty);
        Assert.That(clock.Waits, Is.Empty);
    }

    [Test]
    public async Task CreateMessage_Answered500_IsSentAgainWhenRetryNonIdempotentRequestsIsOn()
    {
        Given("Resilience/FirstRequest/ServerError500.json");
        Given("Resilience/Recovered/CreateMessage.json");
        var logs = new LogCapture();
        var clock = new FastForwardClock(ClockStart);
        using var client = NewClient(Server.BaseUrl, logs, clock, configure: o => o.RetryNonIdempotentRequests = true);

        var message = await clock.RunAsync(() => client.CreateMessageAsync(ThreadId, NewMessage()));

        Assert.That(message.Id, Is.EqualTo("msg_user001"));
        Assert.That(await WireMockRequestsAsync(2), Is.EqualTo(2));
        Assert.That(AnsweringMappings(), Is.EqualTo(new[] { "Resilience/FirstRequest/ServerError500", "Resilience/Recovered/CreateMessage" }), "the same body, sent twice");
        Assert.That(logs.RetryDelaysMs(), Is.EqualTo(new[] { 500.0 }));
    }

    [Test]
    public void GetRun_BodyStalledAfterTheHeaders_EndsAtTheRequestTimeout()
    {
        using var raw = RawFaultServer.Start(RawBehaviour.HeadersThenStall(200, "application/json"));
        var logs = new LogCapture();
        using var client = NewClient(raw.BaseUrl, logs, clock: null, configure: o => o.MaxRetries = 0);
        var watch = Stopwatch.StartNew();

        var ex = Assert.ThrowsAsync<AssistantsTimeoutException>(() => client.GetRunAsync(ThreadId, RunId))!;

        watch.Stop();
        Assert.That(ex.Timeout, Is.EqualTo(ShortTimeout));
        Assert.That(ex.StatusCode, Is.EqualTo(0));
        Assert.That(ex.Message, Is.EqualTo("GetRun (GET /v1/threads/thread_abc123/runs/run_abc123) did not complete within 00:00:00.3000000 (RequestTimeout)."));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(ShortTimeout - TimeSpan.FromMilliseconds(20)).And.LessThan(TimeSpan.FromSeconds(5)),
            "ended by the 300 ms timeout, though the headers had arrived");
        Assert.That(raw.Requests, Has.Count.EqualTo(1));
        Assert.That(logs.Event("Failed"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task GetRun_WhileEveryPollFails_PollingRetriesEachPollThenWaitsLongerBetweenPolls()
    {
        Given("Resilience/EveryRequest/ServiceUnavailable503.json");
        var logs = new LogCapture();
        var clock = new FastForwardClock(ClockStart);
        using var client = NewClient(Server.BaseUrl, logs, clock);
        var options = new RunPollingOptions { TimeProvider = clock, PollInterval = TimeSpan.FromSeconds(1), MaxConsecutiveErrors = 3 };

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() => clock.RunAsync(() => client.WaitForRunAsync(ThreadId, RunId, options)))!;

        Assert.That(ex.StatusCode, Is.EqualTo(503));
        Assert.That(await WireMockRequestsAsync(9), Is.EqualTo(9), "three polls of three attempts each");
        Assert.That(logs.RetryDelaysMs(), Is.EqualTo(new[] { 500.0, 1000, 500, 1000, 500, 1000 }), "the pipeline's waits within each poll");
        Assert.That(clock.Waits.Select(wait => wait.TotalMilliseconds), Is.EqualTo(new[] { 500.0, 1000, 1000, 500, 1000, 2000, 500, 1000 }),
            "between polls, the interval doubled for each failed poll (1 s, 2 s)");
    }

    [Test]
    public async Task GetRun_CancelledByTheCallerWhileWaitingToRetry_ThrowsOperationCanceledException()
    {
        Given("Resilience/EveryRequest/ServiceUnavailable503.json");
        var logs = new LogCapture();
        using var client = NewClient(Server.BaseUrl, logs, clock: null); // the real clock: a real 500 ms wait to cancel
        using var cancellation = new CancellationTokenSource();

        var call = client.GetRunAsync(ThreadId, RunId, cancellation.Token);
        var watch = Stopwatch.StartNew();
        while (logs.Event("Retrying").Count == 0 && watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(5);
        }

        cancellation.Cancel();
        watch.Restart();
        var ex = Assert.CatchAsync<OperationCanceledException>(() => call)!;

        Assert.That(ex.CancellationToken, Is.EqualTo(cancellation.Token));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(400)), "the 500 ms wait ended at the cancellation");
        Assert.That(logs.RetryDelaysMs(), Is.EqualTo(new[] { 500.0 }));
        Assert.That(await WireMockRequestsAsync(1), Is.EqualTo(1), "no attempt after the cancellation");
    }

    [Test]
    public async Task AnyCall_NeverPutsTheApiKeyInLogsExceptionsOrActivities()
    {
        using var activities = new ActivityCapture();
        var logs = new LogCapture();
        var clock = new FastForwardClock(ClockStart);
        var failures = new List<Exception>();
        using var client = NewClient(Server.BaseUrl, logs, clock, logBodies: true);

        // Succeeding calls (one after a retried 503), with request and response bodies logged.
        Given("Resilience/FirstRequest/ServiceUnavailable503.json");
        Given("Resilience/Recovered/GetRun.json");
        Given("Resilience/Recovered/CreateMessage.json");
        await clock.RunAsync(() => client.GetRunAsync(ThreadId, RunId));
        await clock.RunAsync(() => client.CreateMessageAsync(ThreadId, NewMessage()));

        // Failing calls: an error status after every retry, a proxy's page, a refused connection.
        Server.Reset();
        Given("Resilience/EveryRequest/RateLimited429.json");
        failures.Add(Assert.CatchAsync(() => clock.RunAsync(() => client.CreateMessageAsync(ThreadId, NewMessage())))!);
        Server.Reset();
        Given("Resilience/EveryRequest/BadGateway502HtmlFromProxy.json");
        failures.Add(Assert.CatchAsync(() => clock.RunAsync(() => client.GetRunAsync(ThreadId, RunId)))!);
        using (var refused = NewClient(RawFaultServer.RefusingBaseUrl(), logs, clock, logBodies: true))
        {
            failures.Add(Assert.CatchAsync(() => clock.RunAsync(() => refused.GetRunAsync(ThreadId, RunId)))!);
        }

        Assert.That(logs.Lines.Select(line => line.EventName).Distinct(), Is.SupersetOf(new[] { "Answered", "Failed", "Retrying", "Body" }), "every kind of line was written");
        Assert.That(activities.Stopped, Has.Count.EqualTo(5), "one activity per call");
        Assert.That(failures, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            foreach (var text in logs.Lines.Select(line => line.AllText)
                .Concat(failures.Select(failure => failure.ToString()))
                .Concat(activities.Stopped.Select(ActivityCapture.AllText)))
            {
                Assert.That(text, Does.Not.Contain(ApiKey).And.Not.Contain("Bearer"));
            }
        });
    }

    [Test]
    public async Task GetRun_FromFiftyShortLivedClients_ReusesPooledConnections()
    {
        Given("Runs/GetRun.json");
        var options = new AssistantsClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = new Uri(Server.BaseUrl + "/v1"),
            Organization = "org-test",
            Project = "proj-test",
        };

        for (var i = 0; i < 50; i++)
        {
            using var client = new AssistantsClient(options);
            var run = await client.GetRunAsync(ThreadId, RunId);
            Assert.That(run.Id, Is.EqualTo(RunId));
        }

        var connections = Server.ConnectionIds;
        Assert.That(connections, Has.Count.EqualTo(50));
        Assert.That(connections.Distinct().Count(), Is.LessThanOrEqualTo(2), () => "TCP connections used: " + string.Join(", ", connections.Distinct()));
        AssertRequestCount("GET", "/v1/threads/thread_abc123/runs/run_abc123", 50);
    }

    /// <summary>The matrix as a markdown table, from <see cref="Rows"/>.</summary>
    internal static string MarkdownTable()
    {
        var text = new StringBuilder();
        text.AppendLine("| Call | Server | Requests | Outcome | Waits (ms) |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var row in Rows)
        {
            var requests = row.Fault.Refused ? $"0 ({row.Attempts} attempts refused)" : row.Requests.ToString(CultureInfo.InvariantCulture);
            var outcome = row.Outcome.IsSuccess ? "success" : $"`{row.Outcome}`";
            var waits = row.WaitsMs.Count == 0 ? "none" : string.Join(", ", row.WaitsMs);
            text.AppendLine($"| {CallName(row.Call)} | {row.Fault.Script} | {requests} | {outcome} | {waits} |");
        }

        return text.ToString();
    }

    private static ResilienceFault Status(int status) => ResilienceFault.FirstRequest(status.ToString(CultureInfo.InvariantCulture), StatusMappings[status]);

    private static ResilienceFault StatusRetryAfter(int status) =>
        ResilienceFault.FirstRequest($"{status} Retry-After: 2", StatusMappings[status] + "RetryAfter2s");

    private static AssistantsClient NewClient(string baseUrl, LogCapture logs, FastForwardClock? clock, bool logBodies = false, Action<AssistantsClientOptions>? configure = null)
    {
        var options = new AssistantsClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = new Uri(baseUrl + "/v1"),
            Organization = "org-test",
            Project = "proj-test",
            MaxRetries = 2,
            // On the fast-forwarded clock the only timers are the waits; a stall needs a real timeout to end.
            RequestTimeout = clock is null ? ShortTimeout : null,
            StreamIdleTimeout = clock is null ? ShortTimeout : null,
            TimeProvider = clock,
            LoggerFactory = logs.CreateFactory(),
            LogBodies = logBodies,
        };
        configure?.Invoke(options);
        var client = new AssistantsClient(options);
        client.Pipeline.Jitter = () => 0;
        return client;
    }

    private static CreateMessageRequest NewMessage() => new()
    {
        Role = MessageRole.User,
        Content = "Summarise the attached report.",
        FileIds = new List<string> { "file-abc123" },
        Metadata = new Dictionary<string, string> { ["client"] = "web" },
    };

    /// <summary>Makes the call and describes its result in a few words (compared with <see cref="ExpectedResult"/>).</summary>
    private static async Task<string> InvokeAsync(AssistantsClient client, CallKind call, TimeProvider clock)
    {
        switch (call)
        {
            case CallKind.Read:
                var run = await client.GetRunAsync(ThreadId, RunId);
                return $"run {run.Id} {run.Status.Value}";
            case CallKind.Modify:
                var metadata = new Dictionary<string, string> { ["user_id"] = "user_42", ["channel"] = "mobile", ["resolved"] = "true" };
                var thread = await client.ModifyThreadAsync(ThreadId, new ModifyThreadRequest { Metadata = metadata });
                return $"thread {thread.Id} resolved={thread.Metadata!["resolved"]}";
            case CallKind.Create:
                var message = await client.CreateMessageAsync(ThreadId, NewMessage());
                return $"message {message.Id}";
            case CallKind.Delete:
                var deleted = await client.DeleteAssistantAsync(AssistantId);
                return $"{deleted.Id} deleted={deleted.Deleted}";
            case CallKind.ListPage:
                var messages = await client.GetMessagesAsync(ThreadId).ToListAsync();
                return $"{messages.Count} message(s): {string.Join(", ", messages.Select(m => m.Id))}";
            case CallKind.StreamStart:
                var events = await client.CreateRunStreamingAsync(ThreadId, new CreateRunRequest { AssistantId = AssistantId }).ToListAsync();
                return $"{events.Count} events, the last {events[^1].Event.Value}";
            case CallKind.Polling:
                var polled = await client.WaitForRunAsync(ThreadId, RunId, new RunPollingOptions { TimeProvider = clock });
                return $"run {polled.Id} {polled.Status.Value}";
            default:
                throw new ArgumentOutOfRangeException(nameof(call), call, null);
        }
    }

    private static string ExpectedResult(CallKind call) => call switch
    {
        CallKind.Read or CallKind.Polling => "run run_abc123 completed",
        CallKind.Modify => "thread thread_abc123 resolved=true",
        CallKind.Create => "message msg_user001",
        CallKind.Delete => "asst_abc123 deleted=True",
        CallKind.ListPage => "1 message(s): msg_p01",
        CallKind.StreamStart => "10 events, the last done",
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
    };

    private static (string Method, string Path) Target(CallKind call) => call switch
    {
        CallKind.Read or CallKind.Polling => ("GET", "/v1/threads/thread_abc123/runs/run_abc123"),
        CallKind.Modify => ("POST", "/v1/threads/thread_abc123"),
        CallKind.Create => ("POST", "/v1/threads/thread_abc123/messages"),
        CallKind.Delete => ("DELETE", "/v1/assistants/asst_abc123"),
        CallKind.ListPage => ("GET", "/v1/threads/thread_abc123/messages"),
        CallKind.StreamStart => ("POST", "/v1/threads/thread_abc123/runs"),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
    };

    private static string CallName(CallKind call) => call switch
    {
        CallKind.Read => "read (GetRun)",
        CallKind.Modify => "modify (ModifyThread)",
        CallKind.Create => "create (CreateMessage)",
        CallKind.Delete => "delete (DeleteAssistant)",
        CallKind.ListPage => "listing page (GetMessagesAsync)",
        CallKind.StreamStart => "stream start (CreateRunStreamingAsync)",
        CallKind.Polling => "polling (WaitForRunAsync)",
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
    };

    /// <summary>The mapping under <c>Mappings/Resilience/Recovered/</c> that answers the call once the fault is over.</summary>
    private static string RecoveredMapping(CallKind call) => call switch
    {
        CallKind.Read or CallKind.Polling => "GetRun",
        CallKind.Modify => "ModifyThread",
        CallKind.Create => "CreateMessage",
        CallKind.Delete => "DeleteAssistant",
        CallKind.ListPage => "ListMessages",
        CallKind.StreamStart => "CreateRunStreaming",
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
    };

    /// <summary>The raw server's normal answer for a call: the status, content type and body of its Recovered mapping.</summary>
    private static RawBehaviour RecoveredAnswer(CallKind call)
    {
        var mapping = JObject.Parse(File.ReadAllText(Path.Combine(RepoPaths.MappingsDirectory, "Resilience", "Recovered", RecoveredMapping(call) + ".json")));
        var response = (JObject)mapping["Response"]!;
        var headers = (JObject)response["Headers"]!;
        var body = File.ReadAllBytes(Path.Combine(RepoPaths.FixturesDirectory, (string)response["BodyAsFile"]!));
        return RawBehaviour.Respond(
            (int)response["StatusCode"]!,
            (string)headers["Content-Type"]!,
            body,
            new Dictionary<string, string> { ["x-request-id"] = (string)headers["x-request-id"]! });
    }

    private static void AssertOutcome(FaultCase row, Exception? failure, string? result, string method, string path)
    {
        if (row.Outcome.IsSuccess)
        {
            Assert.That(failure, Is.Null, () => "the call failed: " + failure);
            Assert.That(result, Is.EqualTo(ExpectedResult(row.Call)));
            return;
        }

        Assert.That(failure, Is.Not.Null, () => "the call succeeded: " + result);
        if (failure is null)
        {
            return;
        }

        Assert.That(failure.GetType(), Is.EqualTo(row.Outcome.ExceptionType), () => "the exception: " + failure);
        Assert.That(failure.Message, Does.Contain(row.Outcome.MessageFragment(method, path)));
        if (failure is AssistantsApiException api)
        {
            Assert.That(api.StatusCode, Is.EqualTo(row.Outcome.StatusCode));
            Assert.That(api.Malformed, Is.EqualTo(row.Fault == Empty || row.Fault == Garbled), "Malformed");
            if (api is AssistantsConnectionException connection)
            {
                Assert.That(connection.RequestNotSent, Is.EqualTo(row.Fault.Refused), "RequestNotSent: only a refused connection proves it");
            }
        }
    }

    /// <summary>
    /// The number of requests WireMock.Net logged, once it has logged <paramref name="expected"/> of them or 2 s have
    /// passed (it logs a request after it has answered it, which can be just after the client has read the answer).
    /// </summary>
    private static async Task<int> WireMockRequestsAsync(int expected)
    {
        var watch = Stopwatch.StartNew();
        while (Server.LogEntries.Count < expected && watch.Elapsed < TimeSpan.FromSeconds(2))
        {
            await Task.Delay(10);
        }

        return Server.LogEntries.Count;
    }
}
