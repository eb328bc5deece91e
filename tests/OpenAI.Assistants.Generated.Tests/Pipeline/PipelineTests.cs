using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// The pipeline every call goes through, over a scripted network and a manual clock: what is retried and after which
/// wait, what is never sent twice, what each failure becomes, what is logged and traced.
/// </summary>
public class PipelineTests
{
    private const string Key = "sk-pipeline-secret-42";
    private const string RunJson = """{"id":"run_1","object":"thread.run","created_at":1,"thread_id":"thread_1","assistant_id":"asst_1","status":"completed","tools":[],"file_ids":[],"metadata":{}}""";
    private const string AssistantJson = """{"id":"asst_1","object":"assistant","created_at":1,"model":"gpt-4","tools":[],"file_ids":[],"metadata":{}}""";
    private const string ErrorJson = """{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}""";

    private ManualTimeProvider _time = null!;
    private CapturingLoggerFactory _logs = null!;

    [SetUp]
    public void CreateClockAndLogs()
    {
        _time = new ManualTimeProvider();
        _logs = new CapturingLoggerFactory();
    }

    [Test]
    public async Task A_503_then_200_returns_the_run_after_two_requests_and_one_backoff_wait()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(503, "{}"), ScriptedHandler.Json(200, RunJson));
        var client = Client(network);

        var run = await _time.RunAsync(client.GetRunAsync("thread_1", "run_1"));

        Assert.That(run.Id, Is.EqualTo("run_1"));
        Assert.That(network.Sent, Has.Count.EqualTo(2));
        Assert.That(_logs.RetryWaitsMs, Is.EqualTo(new[] { 500.0 }));
        Assert.That(_time.Waits, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(500) }), "the wait happened on the client's clock");
    }

    [Test]
    public void Retries_stop_after_MaxRetries_with_doubling_waits_and_the_last_error_is_thrown()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(502, "{}"));
        var client = Client(network, o => o.MaxRetries = 3);

        var ex = Assert.ThrowsAsync<AssistantsApiException>(() => _time.RunAsync(client.GetRunAsync("thread_1", "run_1")))!;

        Assert.That(ex.StatusCode, Is.EqualTo(502));
        Assert.That(network.Sent, Has.Count.EqualTo(4));
        Assert.That(_logs.RetryWaitsMs, Is.EqualTo(new[] { 500.0, 1000.0, 2000.0 }));
    }

    [Test]
    public void Retry_after_seconds_is_honoured_over_the_backoff()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(429, ErrorJson, ("Retry-After", "2")));
        var client = Client(network);

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() => _time.RunAsync(client.GetRunAsync("thread_1", "run_1")))!;

        Assert.That(ex.IsRateLimited, Is.True);
        Assert.That(ex.ErrorCode, Is.EqualTo("rate_limit_exceeded"));
        Assert.That(ex.Message, Does.Contain("429").And.Contain("Rate limit reached").And.Contain("GET /v1/threads/thread_1/runs/run_1"));
        Assert.That(_logs.RetryWaitsMs, Is.EqualTo(new[] { 2000.0, 2000.0 }));
    }

    [Test]
    public void A_create_answered_500_is_sent_exactly_once()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(500, """{"error":{"message":"boom","type":"server_error"}}"""));
        var client = Client(network);

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() => _time.RunAsync(client.CreateAssistantAsync(new CreateAssistantRequest { Model = "gpt-4" })))!;

        Assert.That(ex.StatusCode, Is.EqualTo(500));
        Assert.That(ex.IsTransient, Is.True, "transient, but not retried: the assistant may exist now");
        Assert.That(network.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_create_refused_by_the_rate_limiter_is_retried_with_the_same_body_and_headers()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(429, ErrorJson, ("retry-after-ms", "150")), ScriptedHandler.Json(200, AssistantJson));
        var client = Client(network);

        var assistant = await _time.RunAsync(client.CreateAssistantAsync(new CreateAssistantRequest { Model = "gpt-4", Name = "Math" }));

        Assert.That(assistant.Id, Is.EqualTo("asst_1"));
        Assert.That(network.Sent, Has.Count.EqualTo(2));
        Assert.That(network.Sent[1].Body, Is.EqualTo(network.Sent[0].Body).And.Contain("\"name\":\"Math\""));
        Assert.That(network.Sent[1].Headers["Authorization"], Is.EqualTo("Bearer " + Key));
        Assert.That(network.Sent[1].Headers["OpenAI-Beta"], Is.EqualTo("assistants=v1"));
        Assert.That(_logs.RetryWaitsMs, Is.EqualTo(new[] { 150.0 }));
    }

    [Test]
    public async Task Opting_in_retries_a_create_after_a_500_as_the_official_SDKs_do()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(500, "{}"), ScriptedHandler.Json(200, AssistantJson));
        var client = Client(network, o => o.RetryNonIdempotentRequests = true);

        await _time.RunAsync(client.CreateAssistantAsync(new CreateAssistantRequest { Model = "gpt-4" }));

        Assert.That(network.Sent, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_create_whose_connection_was_refused_is_retried_because_nothing_was_sent()
    {
        var network = new ScriptedHandler(
            ScriptedHandler.Throw(() => new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))),
            ScriptedHandler.Json(200, AssistantJson));
        var client = Client(network);

        await _time.RunAsync(client.CreateAssistantAsync(new CreateAssistantRequest { Model = "gpt-4" }));

        Assert.That(network.Sent, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_create_whose_connection_was_reset_is_not_retried_and_fails_as_a_connection_error()
    {
        var network = new ScriptedHandler(ScriptedHandler.Throw(() => new HttpRequestException("reset", new IOException("Connection reset by peer"))));
        var client = Client(network);

        var ex = Assert.ThrowsAsync<AssistantsConnectionException>(() => _time.RunAsync(client.CreateAssistantAsync(new CreateAssistantRequest { Model = "gpt-4" })))!;

        Assert.That(ex.StatusCode, Is.EqualTo(0));
        Assert.That(ex.IsTransient, Is.True);
        Assert.That(ex.RequestNotSent, Is.False);
        Assert.That(ex.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(ex.Message, Does.Contain("CreateAssistant").And.Contain("POST /v1/assistants"));
        Assert.That(network.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public void X_should_retry_false_stops_retries_of_a_read()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(503, "{}", ("x-should-retry", "false")));
        var client = Client(network);

        Assert.ThrowsAsync<AssistantsApiException>(() => _time.RunAsync(client.GetRunAsync("thread_1", "run_1")));

        Assert.That(network.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public void MaxRetries_zero_sends_once()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(503, "{}"));
        var client = Client(network, o => o.MaxRetries = 0);

        Assert.ThrowsAsync<AssistantsApiException>(() => _time.RunAsync(client.GetRunAsync("thread_1", "run_1")));

        Assert.That(network.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_success_body_that_is_not_json_is_a_failed_attempt_and_a_read_is_retried()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(200, "{\"id\":\"run_1\",\"sta"), ScriptedHandler.Json(200, RunJson));
        var client = Client(network);

        var run = await _time.RunAsync(client.GetRunAsync("thread_1", "run_1"));

        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(network.Sent, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_success_body_that_is_empty_fails_as_malformed_with_the_headers()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(200, "", ("x-request-id", "req_empty")));
        var client = Client(network, o => o.MaxRetries = 0);

        var ex = Assert.ThrowsAsync<AssistantsApiException>(() => _time.RunAsync(client.GetRunAsync("thread_1", "run_1")))!;

        Assert.That(ex.Malformed, Is.True);
        Assert.That(ex.IsTransient, Is.True);
        Assert.That(ex.StatusCode, Is.EqualTo(200));
        Assert.That(ex.RequestId, Is.EqualTo("req_empty"));
        Assert.That(ex.Message, Does.Contain("empty").And.Contain("ThreadRun"));
    }

    [Test]
    public void A_proxys_html_502_page_says_what_came_back()
    {
        var html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        var network = new ScriptedHandler(ScriptedHandler.Content(502, new StringContent(html, Encoding.UTF8, "text/html")));
        var client = Client(network, o => o.MaxRetries = 0);

        var ex = Assert.ThrowsAsync<AssistantsApiException>(() => _time.RunAsync(client.GetRunAsync("thread_1", "run_1")))!;

        Assert.That(ex, Is.Not.InstanceOf<AssistantsApiException<ApiErrorResponse>>());
        Assert.That(ex.StatusCode, Is.EqualTo(502));
        Assert.That(ex.Message, Does.Contain("502 Bad Gateway").And.Contain("text/html").And.Contain("<html><head>").And.Contain("GET /v1/threads/thread_1/runs/run_1"));
        Assert.That(ex.Message, Does.Not.Contain("deserialize"));
        Assert.That(ex.Response, Is.EqualTo(html));
        Assert.That(ex.ErrorMessage, Is.Null);
    }

    [Test]
    public void A_huge_error_body_is_kept_only_as_a_bounded_prefix_and_ToString_says_it_was_cut()
    {
        var huge = new string('x', 5 * 1024 * 1024);
        var network = new ScriptedHandler(ScriptedHandler.Content(500, new StringContent(huge, Encoding.UTF8, "text/plain")));
        var client = Client(network, o => o.MaxRetries = 0);

        var ex = Assert.ThrowsAsync<AssistantsApiException>(() => _time.RunAsync(client.GetRunAsync("thread_1", "run_1")))!;

        Assert.That(ex.Response!.Length, Is.EqualTo(AssistantsApiException.MaxResponseLength));
        Assert.That(ex.IsResponseTruncated, Is.True);
        var text = ex.ToString();
        Assert.That(text.Length, Is.LessThan(16 * 1024));
        Assert.That(text, Does.Contain("cut"));
    }

    [Test]
    public void The_caller_HttpClient_timeout_is_the_same_timeout_exception()
    {
        var network = new ScriptedHandler(ScriptedHandler.Hang());
        var client = new AssistantsClient(new HttpClient(network) { Timeout = TimeSpan.FromMilliseconds(50) }, new AssistantsClientOptions { ApiKey = Key, MaxRetries = 0 });

        var ex = Assert.ThrowsAsync<AssistantsTimeoutException>(() => client.GetRunAsync("thread_1", "run_1"))!;

        Assert.That(ex.Timeout, Is.Null);
        Assert.That(ex.Message, Does.Contain("HttpClient"));
    }

    [Test]
    public void A_timed_out_read_is_retried_then_fails_with_the_timeout()
    {
        // Real time: the manual clock moves only while the client waits, and a hung request is not a wait.
        var network = new ScriptedHandler(ScriptedHandler.Hang());
        var client = Client(network, o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(100);
            o.MaxRetries = 1;
            o.TimeProvider = TimeProvider.System;
        });

        var ex = Assert.ThrowsAsync<AssistantsTimeoutException>(() => client.GetRunAsync("thread_1", "run_1"))!;

        Assert.That(ex.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(100)));
        Assert.That(ex.Message, Does.Contain("GetRun").And.Contain("00:00:00.1"));
        Assert.That(network.Sent, Has.Count.EqualTo(2));
        Assert.That(_logs.RetryWaitsMs, Is.EqualTo(new[] { 500.0 }));
    }

    [Test]
    public async Task A_caller_cancellation_is_an_OperationCanceledException_carrying_the_callers_token()
    {
        var network = new ScriptedHandler(ScriptedHandler.Hang());
        var client = new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = Key });
        using var cancellation = new CancellationTokenSource();

        var call = client.GetRunAsync("thread_1", "run_1", cancellation.Token);
        await Task.Delay(20);
        cancellation.Cancel();

        var ex = Assert.CatchAsync<OperationCanceledException>(() => call)!;
        Assert.That(ex.CancellationToken, Is.EqualTo(cancellation.Token));
        Assert.That(network.Sent, Has.Count.EqualTo(1), "a cancellation is never retried");
    }

    [Test]
    public async Task Each_attempt_is_logged_with_operation_status_attempt_and_request_id_and_never_the_key()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(503, "{}", ("x-request-id", "req_a")), ScriptedHandler.Json(200, RunJson, ("x-request-id", "req_b")));
        var client = Client(network, o => o.LogBodies = true);

        await _time.RunAsync(client.GetRunAsync("thread_1", "run_1"));

        var answered = _logs.Lines.Where(l => l.EventName == "Answered").ToList();
        Assert.That(answered.Select(l => l.Fields["StatusCode"]), Is.EqualTo(new object[] { 503, 200 }));
        Assert.That(answered.Select(l => l.Fields["Attempt"]), Is.EqualTo(new object[] { 1, 2 }));
        Assert.That(answered.Select(l => l.Fields["RequestId"]), Is.EqualTo(new object[] { "req_a", "req_b" }));
        Assert.That(answered.Select(l => l.Fields["Operation"]).Distinct(), Is.EqualTo(new object[] { "GetRun" }));
        Assert.That(answered[1].Message, Is.EqualTo("GetRun GET /v1/threads/thread_1/runs/run_1 answered 200 in 0 ms (attempt 2, request id req_b)"));
        Assert.That(_logs.Lines.Where(l => l.EventName == "Body").Select(l => l.Message), Has.Some.Contains("\"id\":\"run_1\""), "bodies logged when asked");
        Assert.That(_logs.Lines.Select(l => l.Message + string.Join(" ", l.Fields.Values)), Has.None.Contains(Key));
    }

    [Test]
    public async Task Bodies_are_not_logged_unless_asked()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(200, AssistantJson));
        var client = Client(network);

        await _time.RunAsync(client.CreateAssistantAsync(new CreateAssistantRequest { Model = "gpt-4", Instructions = "private words" }));

        Assert.That(_logs.Lines, Is.Not.Empty);
        Assert.That(_logs.Lines.Select(l => l.Message), Has.None.Contains("private words").And.None.Contains("asst_1"));
    }

    [Test]
    public async Task Each_call_is_one_activity_with_the_operation_status_request_id_and_resend_count()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AssistantsTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        var network = new ScriptedHandler(ScriptedHandler.Json(503, "{}"), ScriptedHandler.Json(200, RunJson, ("x-request-id", "req_traced")));
        var client = Client(network);

        await _time.RunAsync(client.GetRunAsync("thread_1", "run_traced"));

        var activity = activities.Single(a => Equals(a.GetTagItem("url.path"), "/v1/threads/thread_1/runs/run_traced"));
        Assert.That(activity.OperationName, Is.EqualTo("GetRun"));
        Assert.That(activity.Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(activity.GetTagItem("http.request.method"), Is.EqualTo("GET"));
        Assert.That(activity.GetTagItem("http.response.status_code"), Is.EqualTo(200));
        Assert.That(activity.GetTagItem("openai.request_id"), Is.EqualTo("req_traced"));
        Assert.That(activity.GetTagItem("http.request.resend_count"), Is.EqualTo(1));
        Assert.That(activity.TagObjects.Select(t => t.Value?.ToString()), Has.None.Contains(Key));
    }

    [Test]
    public async Task The_user_agent_names_the_package_the_runtime_and_the_os()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(200, RunJson));
        var client = Client(network);

        await _time.RunAsync(client.GetRunAsync("thread_1", "run_1"));

        var userAgent = network.Sent.Single().Headers["User-Agent"];
        Assert.That(userAgent, Does.StartWith("OpenAI.Assistants.Generated/"));
        Assert.That(userAgent, Does.Contain(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription));
        Assert.That(userAgent, Does.Contain(System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString()));
    }

    [Test]
    public void Invalid_options_fail_at_construction_naming_the_option()
    {
        var http = new HttpClient(new ScriptedHandler(ScriptedHandler.Json(200, RunJson)));

        Assert.That(() => new AssistantsClient(http, new AssistantsClientOptions { ApiKey = Key, MaxRetries = -1 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MaxRetries"));
        Assert.That(() => new AssistantsClient(http, new AssistantsClientOptions { ApiKey = Key, RequestTimeout = TimeSpan.Zero }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("RequestTimeout"));
        Assert.That(() => new AssistantsClient(http, new AssistantsClientOptions { ApiKey = Key, StreamIdleTimeout = TimeSpan.FromSeconds(-1) }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("StreamIdleTimeout"));
        Assert.That(() => new AssistantsClient(http, new AssistantsClientOptions { ApiKey = Key, BaseUrl = new Uri("api.example/v1", UriKind.Relative) }),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("BaseUrl"));
        Assert.That(() => new AssistantsClient(http, new AssistantsClientOptions { ApiKey = Key, BaseUrl = new Uri("ftp://api.example/v1") }),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("BaseUrl").And.Message.Contains("ftp://api.example/v1"));
    }

    [Test]
    public void Clients_that_own_no_HttpClient_share_one_connection_pool()
    {
        using var first = new AssistantsClient(Key);
        using var second = new AssistantsClient(new AssistantsClientOptions { ApiKey = Key });

        Assert.That(first.Pipeline.HttpClient, Is.SameAs(second.Pipeline.HttpClient));
    }

    private AssistantsClient Client(HttpMessageHandler network, Action<AssistantsClientOptions>? configure = null)
    {
        var options = new AssistantsClientOptions
        {
            ApiKey = Key,
            TimeProvider = _time,
            LoggerFactory = _logs,
            RequestTimeout = null,
        };
        configure?.Invoke(options);
        var client = new AssistantsClient(new HttpClient(network) { Timeout = Timeout.InfiniteTimeSpan }, options);
        client.Pipeline.Jitter = () => 0;
        return client;
    }
}
