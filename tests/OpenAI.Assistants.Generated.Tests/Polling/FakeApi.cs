using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>A request the fake API received, with the virtual time it arrived at.</summary>
internal sealed record ApiCall(string Method, string Path, string? Body, TimeSpan At);

/// <summary>
/// Stands in for the Assistants API: each route answers with a script of responses, the last one repeating, and
/// every request is recorded.
/// </summary>
internal sealed class FakeApi : HttpMessageHandler
{
    public const string ThreadId = "thread_1";
    public const string RunId = "run_1";
    public const string RunPath = "/v1/threads/thread_1/runs/run_1";

    private readonly ManualTimeProvider? _time;
    private readonly Dictionary<string, Queue<Func<ApiCall, CancellationToken, Task<HttpResponseMessage>>>> _routes = new();
    private readonly List<ApiCall> _calls = new();

    public FakeApi(ManualTimeProvider? time = null) => _time = time;

    public IReadOnlyList<ApiCall> Calls
    {
        get { lock (_calls) { return _calls.ToList(); } }
    }

    public IReadOnlyList<ApiCall> CallsTo(string method, string path) => Calls.Where(c => c.Method == method && c.Path == path).ToList();

    /// <summary>Sets the responses of <paramref name="method"/> <paramref name="path"/>, in order; the last one repeats.</summary>
    public FakeApi On(string method, string path, params Func<ApiCall, CancellationToken, Task<HttpResponseMessage>>[] responses)
    {
        _routes[method + " " + path] = new Queue<Func<ApiCall, CancellationToken, Task<HttpResponseMessage>>>(responses);
        return this;
    }

    /// <summary>
    /// A client over this fake. The client's own retries are off, so that what these tests see is the polling loop's
    /// handling of a failed poll (the client's retries have their own tests).
    /// </summary>
    public AssistantsClient Client() => new(new HttpClient(this), new AssistantsClientOptions { ApiKey = "sk-unit", MaxRetries = 0 });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var call = new ApiCall(request.Method.Method, request.RequestUri!.AbsolutePath, body, _time?.Elapsed ?? TimeSpan.Zero);
        lock (_calls)
        {
            _calls.Add(call);
        }

        Func<ApiCall, CancellationToken, Task<HttpResponseMessage>> respond;
        lock (_routes)
        {
            if (!_routes.TryGetValue(call.Method + " " + call.Path, out var script) || script.Count == 0)
            {
                return Respond(HttpStatusCode.NotFound, """{"error":{"message":"no route in the fake","type":"invalid_request_error"}}""");
            }

            respond = script.Count > 1 ? script.Dequeue() : script.Peek();
        }

        var response = await respond(call, cancellationToken);
        response.RequestMessage = request;
        return response;
    }

    // ---- responses ----

    /// <summary>A run with this status (and, for requires_action, these function calls).</summary>
    public static Func<ApiCall, CancellationToken, Task<HttpResponseMessage>> Run(string status, string? pollAfterMs = null, string runId = RunId, string threadId = ThreadId, params string[] toolCallIds) =>
        (_, _) =>
        {
            var response = Respond(HttpStatusCode.OK, RunJson(status, runId, threadId, toolCallIds));
            if (pollAfterMs is not null)
            {
                response.Headers.TryAddWithoutValidation("openai-poll-after-ms", pollAfterMs);
            }

            return Task.FromResult(response);
        };

    /// <summary>A run that requires the outputs of these function calls.</summary>
    public static Func<ApiCall, CancellationToken, Task<HttpResponseMessage>> RequiresAction(params string[] toolCallIds) =>
        Run("requires_action", toolCallIds: toolCallIds);

    /// <summary>An API error with this status.</summary>
    public static Func<ApiCall, CancellationToken, Task<HttpResponseMessage>> Error(int status) =>
        (_, _) => Task.FromResult(Respond((HttpStatusCode)status, "{\"error\":{\"message\":\"failure " + status + "\",\"type\":\"server_error\",\"param\":null,\"code\":null}}"));

    /// <summary>The request fails with this exception (a network error, a timeout).</summary>
    public static Func<ApiCall, CancellationToken, Task<HttpResponseMessage>> Throw(Func<Exception> exception) =>
        (_, _) => Task.FromException<HttpResponseMessage>(exception());

    /// <summary>The request never completes by itself (until cancelled); it waits on <paramref name="time"/>.</summary>
    public static Func<ApiCall, CancellationToken, Task<HttpResponseMessage>> Hang(TimeProvider time) =>
        async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromDays(1), time, ct);
            throw new InvalidOperationException("unreachable");
        };

    public static string RunJson(string status, string runId = RunId, string threadId = ThreadId, params string[] toolCallIds)
    {
        var run = new JObject
        {
            ["id"] = runId,
            ["object"] = "thread.run",
            ["created_at"] = 1713175400,
            ["thread_id"] = threadId,
            ["assistant_id"] = "asst_1",
            ["status"] = status,
            ["model"] = "gpt-4-turbo",
            ["instructions"] = null,
            ["tools"] = new JArray(),
            ["file_ids"] = new JArray(),
            ["metadata"] = new JObject(),
        };
        if (toolCallIds.Length > 0)
        {
            run["required_action"] = new JObject
            {
                ["type"] = "submit_tool_outputs",
                ["submit_tool_outputs"] = new JObject
                {
                    ["tool_calls"] = new JArray(toolCallIds.Select(id => new JObject
                    {
                        ["id"] = id,
                        ["type"] = "function",
                        ["function"] = new JObject { ["name"] = "get_weather", ["arguments"] = $$"""{"city":"{{id}}"}""" },
                    })),
                },
            };
        }

        return run.ToString();
    }

    public static HttpResponseMessage Respond(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A body whose reading waits for <paramref name="beforeRead"/>: holds a response between its headers and its body.</summary>
    public sealed class GatedContent : HttpContent
    {
        private readonly byte[] _bytes;
        private readonly Func<Task> _beforeRead;

        public GatedContent(string json, Func<Task> beforeRead)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            _beforeRead = beforeRead;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await _beforeRead();
            await stream.WriteAsync(_bytes);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }
}
