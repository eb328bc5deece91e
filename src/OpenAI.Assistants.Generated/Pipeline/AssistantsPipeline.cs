using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Polly;
using Polly.Retry;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Everything between a generated method and the network, the same whichever <see cref="HttpClient"/> carries the
/// bytes (the shared one, a caller's, or one from <c>IHttpClientFactory</c>): the API's headers, retries with backoff
/// (Polly), a timeout per attempt that covers the response body, one log line per attempt, one activity per call,
/// and the translation of every failure into the <see cref="AssistantsApiException"/> family.
/// </summary>
/// <remarks>
/// The generated code calls <see cref="SendAsync"/> in place of <c>HttpClient.SendAsync</c> (nswag.json:
/// <c>httpClientType</c>). It receives only successful responses, their body already in memory; an error status
/// becomes an exception here. Event streams are returned unread: their reader applies the idle timeout.
/// </remarks>
internal sealed class AssistantsPipeline
{
    private static readonly ResiliencePropertyKey<Call> CallKey = new("OpenAI.Assistants.Generated.Call");

    private readonly HttpClient _http;
    private readonly RequestHeaders _headers;
    private readonly TimeSpan? _attemptTimeout;
    private readonly bool _retryNonIdempotent;
    private readonly ILogger _logger;
    private readonly bool _logBodies;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">No API key in the options nor in <c>OPENAI_API_KEY</c>.</exception>
    public AssistantsPipeline(HttpClient http, AssistantsClientOptions options, ILogger? logger = null)
    {
        options.Validate();
        _http = http;
        _headers = new RequestHeaders(options);
        _attemptTimeout = options.RequestTimeout == Timeout.InfiniteTimeSpan ? null : options.RequestTimeout;
        StreamIdleTimeout = options.StreamIdleTimeout == Timeout.InfiniteTimeSpan ? null : options.StreamIdleTimeout;
        MaxRetries = options.MaxRetries;
        _retryNonIdempotent = options.RetryNonIdempotentRequests;
        TimeProvider = options.TimeProvider ?? TimeProvider.System;
        _logger = logger ?? options.LoggerFactory?.CreateLogger(AssistantsTelemetry.LoggerCategory) ?? NullLogger.Instance;
        _logBodies = options.LogBodies;
        _resilience = BuildResilience();
    }

    /// <summary>Called by the generated code only for a client it created itself, which never happens here.</summary>
    public void Dispose()
    {
    }

    /// <summary>The HttpClient that carries the bytes (the shared one, or the caller's).</summary>
    public HttpClient HttpClient => _http;

    /// <summary>The clock of timeouts and retry waits.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The longest silence allowed between two events of a stream, or null for none.</summary>
    public TimeSpan? StreamIdleTimeout { get; }

    /// <summary>How many times a failed attempt may be repeated.</summary>
    public int MaxRetries { get; }

    /// <summary>The random draw (0 ≤ x &lt; 1) that jitters backoff waits; replaceable by tests.</summary>
    internal Func<double> Jitter { get; set; } = NextRandom;

    /// <summary>
    /// Sends a request as one call: attempts and retries, then the successful response (body buffered unless the
    /// operation streams) or an exception. The <paramref name="completionOption"/> of the generated code is ignored:
    /// headers are always read first, the body within the attempt.
    /// </summary>
    /// <exception cref="AssistantsApiException">An error status, a network failure or a timeout, after the retries allowed.</exception>
    /// <exception cref="OperationCanceledException">The caller's token was cancelled (the exception carries it).</exception>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationToken cancellationToken)
    {
        _ = completionOption;
        var operation = OperationInfo.Of(request);
        _headers.Apply(request);
        using var activity = StartActivity(operation, request);
        var call = new Call(request, operation, keepBody: MaxRetries > 0);
        if (_logBodies && request.Content is not null)
        {
            AssistantsTelemetry.Body(_logger, operation.Name, "request", await ReadRequestBodyAsync(request.Content).ConfigureAwait(false), null);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, call);
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await _resilience.ExecuteOutcomeAsync(static (ctx, state) => state.Pipeline.AttemptAsync(ctx, state.Call), context, (Pipeline: this, Call: call)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        activity?.SetTag("http.request.resend_count", call.Attempts - 1);
        if (outcome.Exception is { } failure)
        {
            if (failure is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                activity?.SetStatus(ActivityStatusCode.Error, "cancelled");
                throw failure is OperationCanceledException { CancellationToken: var token } && token == cancellationToken
                    ? failure
                    : new OperationCanceledException("The call was cancelled by the caller.", failure, cancellationToken);
            }

            activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
            activity?.SetTag("error.type", failure.GetType().Name);
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        activity?.SetTag("http.response.status_code", status);
        activity?.SetTag("openai.request_id", RequestId(response));
        if (status >= 200 && status <= 299)
        {
            if (_logBodies && response.Content is BufferedBody body)
            {
                AssistantsTelemetry.Body(_logger, operation.Name, "response", body.Text(AssistantsApiException.MaxResponseLength, out _), null);
            }

            return response;
        }

        using (response)
        {
            var error = CreateError(response, request);
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            activity?.SetTag("error.type", status.ToString(CultureInfo.InvariantCulture));
            throw error;
        }
    }

    /// <summary>
    /// The exception for an error response (its body already buffered, at most <see cref="AssistantsApiException.MaxResponseLength"/>):
    /// typed with <see cref="ApiErrorResponse"/> when the body is the API's error object, otherwise a message saying
    /// what came back (status, reason, content type, start of the body), e.g. a proxy's HTML page.
    /// </summary>
    internal static AssistantsApiException CreateError(HttpResponseMessage response, HttpRequestMessage? request)
    {
        var status = (int)response.StatusCode;
        var headers = CollectHeaders(response);
        var text = string.Empty;
        var cut = false;
        if (response.Content is BufferedBody body)
        {
            text = body.Text(AssistantsApiException.MaxResponseLength, out cut);
        }

        var where = request?.RequestUri is { } uri ? $"{request.Method} {uri.AbsolutePath}" : "the request";
        var requestId = RequestId(response);
        var idText = requestId is null ? string.Empty : $" (request id {requestId})";
        if (TryReadApiError(text, out var error, out var errorObject))
        {
            var message = errorObject["message"]?.ToString();
            var type = errorObject["type"]?.ToString();
            var code = errorObject["code"]?.ToString();
            var detail = string.Join(", ", new[] { string.IsNullOrEmpty(type) ? null : "type " + type, string.IsNullOrEmpty(code) ? null : "code " + code }.Where(s => s is not null));
            return new AssistantsApiException<ApiErrorResponse>(
                $"{status} {response.ReasonPhrase} from {where}: {(string.IsNullOrEmpty(message) ? "(no message)" : message)}{(detail.Length > 0 ? $" [{detail}]" : string.Empty)}{idText}",
                status, text, headers, error!, null, cut);
        }

        var mediaType = response.Content?.Headers.ContentType?.MediaType ?? "no content type";
        var start = text.Length > 200 ? text.Substring(0, 200) + "…" : text;
        var shown = string.IsNullOrWhiteSpace(start) ? "an empty body" : $"a {mediaType} body starting: {Flatten(start)}";
        return new AssistantsApiException(
            $"{status} {response.ReasonPhrase} from {where}, with {shown} (not the API's JSON error; a proxy or gateway may have answered){idText}",
            status, text, headers, null, cut);
    }

    /// <summary>The response headers, content headers included, by case-insensitive name.</summary>
    internal static Dictionary<string, IEnumerable<string>> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = header.Value;
        }

        if (response.Content is not null)
        {
            foreach (var header in response.Content.Headers)
            {
                headers[header.Key] = header.Value;
            }
        }

        return headers;
    }

    /// <summary>
    /// Turns a failure of reading a response (network error, cancellation) into the client's exception, or returns
    /// null when it is neither (a bug, a bad argument), which then propagates as it is.
    /// </summary>
    internal static Exception? Translate(Exception exception, Deadline? deadline, CancellationToken callerToken, string what, bool betweenEvents = false)
    {
        if (callerToken.IsCancellationRequested && exception is OperationCanceledException or ObjectDisposedException or IOException or HttpRequestException)
        {
            return new OperationCanceledException("The call was cancelled by the caller.", exception, callerToken);
        }

        if (deadline is { Expired: true } && exception is OperationCanceledException or ObjectDisposedException or IOException or HttpRequestException)
        {
            return new AssistantsTimeoutException(
                betweenEvents ? $"{what} sent no event for {deadline.Limit} (StreamIdleTimeout)." : $"{what} did not complete within {deadline.Limit} (RequestTimeout).",
                deadline.Limit, exception);
        }

        return exception switch
        {
            // Neither the caller nor we cancelled: the caller's HttpClient.Timeout fired.
            OperationCanceledException => new AssistantsTimeoutException($"{what} was cancelled by the HttpClient's own timeout.", null, exception),
            HttpRequestException or IOException or ObjectDisposedException => new AssistantsConnectionException(
                $"{what} failed without a response: {exception.Message}", exception) { RequestNotSent = RetryRules.FailedBeforeSending(exception) },
            _ => null,
        };
    }

    /// <summary>
    /// Reads a buffered success body as <paramref name="type"/>. An empty body, a body that is not JSON or not of
    /// that shape (a cut or garbled transfer) gives <paramref name="malformed"/>: the attempt failed.
    /// </summary>
    private static object? Parse(BufferedBody body, Type type, HttpResponseMessage response, out AssistantsApiException? malformed)
    {
        malformed = null;
        JsonException? error = null;
        object? value = null;
        try
        {
            value = body.Deserialize(type);
        }
        catch (JsonException exception)
        {
            error = exception;
        }

        if (value is null)
        {
            var status = (int)response.StatusCode;
            var text = body.Text(AssistantsApiException.MaxResponseLength, out var cut);
            var reason = error is null ? "the body was empty" : error.Message;
            malformed = new AssistantsApiException(
                $"The {status} response of {response.RequestMessage?.Method} {PathOf(response.RequestMessage)} could not be read as {type.Name}: {reason}",
                status, text, CollectHeaders(response), error, cut) { Malformed = true };
        }

        return value;
    }

    private static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-request-id", out var values) ? values.FirstOrDefault() : null;

    private static bool TryReadApiError(string text, out ApiErrorResponse? error, out JObject errorObject)
    {
        error = null;
        errorObject = null!;
        if (string.IsNullOrWhiteSpace(text) || text.TrimStart()[0] != '{')
        {
            return false;
        }

        try
        {
            if (JToken.Parse(text) is JObject { } root && root["error"] is JObject inner)
            {
                errorObject = inner;
                error = root.ToObject<ApiErrorResponse>(AssistantsJson.Serializer);
                return error is not null;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }

    private static string Flatten(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    private static async Task<string> ReadRequestBodyAsync(HttpContent content)
    {
        var text = await content.ReadAsStringAsync().ConfigureAwait(false);
        return text.Length > AssistantsApiException.MaxResponseLength ? text.Substring(0, AssistantsApiException.MaxResponseLength) + "…" : text;
    }

    private static Activity? StartActivity(OperationInfo operation, HttpRequestMessage request)
    {
        var activity = AssistantsTelemetry.Source.StartActivity(operation.Name, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("openai.operation", operation.Name);
            activity.SetTag("http.request.method", request.Method.Method);
            if (request.RequestUri is { IsAbsoluteUri: true } uri)
            {
                activity.SetTag("server.address", uri.Host);
                activity.SetTag("server.port", uri.Port);
                activity.SetTag("url.path", uri.AbsolutePath);
            }
        }

        return activity;
    }

    private ResiliencePipeline<HttpResponseMessage> BuildResilience()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = TimeProvider };
        if (MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(CallKey, null!))),
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryDelay(args.Outcome, args.AttemptNumber + 1)),
                OnRetry = args =>
                {
                    var call = args.Context.Properties.GetValue(CallKey, null!);
                    var reason = args.Outcome.Result is { } failed
                        ? $"{(int)failed.StatusCode} {failed.ReasonPhrase}"
                        : args.Outcome.Exception?.GetType().Name ?? "a failure";
                    AssistantsTelemetry.Retrying(_logger, call.Operation.Name, args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, MaxRetries, reason, null);
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        return builder.Build();
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, Call call) => outcome switch
    {
        { Result: { } response } => RetryRules.ShouldRetry(response, call.Operation.Idempotent, _retryNonIdempotent),
        { Exception: AssistantsApiException failure } => RetryRules.ShouldRetry(failure, call.Operation.Idempotent, _retryNonIdempotent),
        _ => false,
    };

    private TimeSpan RetryDelay(Outcome<HttpResponseMessage> outcome, int retry) =>
        (outcome.Result is { } response ? RetryRules.ServerHint(response.Headers, TimeProvider.GetUtcNow()) : null)
        ?? RetryRules.Backoff(retry, Jitter());

    /// <summary>One attempt: send, then read the body (or the start of an error body) before the attempt's deadline.</summary>
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(ResilienceContext context, Call call)
    {
        call.Attempts++;
        var callerToken = context.CancellationToken;
        var started = TimeProvider.GetTimestamp();
        using var deadline = _attemptTimeout is { } limit ? new Deadline(TimeProvider, limit, callerToken) : null;
        var token = deadline?.Token ?? callerToken;
        HttpResponseMessage? response = null;
        try
        {
            var message = await call.MessageForAttemptAsync().ConfigureAwait(false);
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status < 200 || status > 299)
            {
                await BufferedBody.ReplaceAsync(response, AssistantsApiException.MaxResponseLength, token).ConfigureAwait(false);
            }
            else if (!call.Operation.Streams)
            {
                var body = await BufferedBody.ReplaceAsync(response, null, token).ConfigureAwait(false);
                if (call.Operation.ResultType is { } type)
                {
                    body.Parsed = Parse(body, type, response, out var malformed);
                    if (body.Parsed is { } parsed)
                    {
                        ResponseInfo.Attach(parsed, new ResponseInfo(status, response.Headers, body.Headers.ContentType?.ToString()));
                    }

                    if (malformed is not null)
                    {
                        AssistantsTelemetry.Answered(_logger, call.Operation.Name, call.Request.Method.Method, PathOf(call.Request), status, Elapsed(started), call.Attempts, RequestId(response));
                        AssistantsTelemetry.Failed(_logger, call.Operation.Name, call.Request.Method.Method, PathOf(call.Request), Elapsed(started), call.Attempts, malformed.Message, null);
                        response.Dispose();
                        return Outcome.FromException<HttpResponseMessage>(malformed);
                    }
                }
            }

            AssistantsTelemetry.Answered(_logger, call.Operation.Name, call.Request.Method.Method, PathOf(call.Request), status, Elapsed(started), call.Attempts, RequestId(response));
            return Outcome.FromResult(response);
        }
        catch (Exception exception)
        {
            response?.Dispose();
            var translated = Translate(exception, deadline, callerToken, $"{call.Operation.Name} ({call.Request.Method} {PathOf(call.Request)})") ?? exception;
            if (translated is AssistantsApiException)
            {
                AssistantsTelemetry.Failed(_logger, call.Operation.Name, call.Request.Method.Method, PathOf(call.Request), Elapsed(started), call.Attempts, translated.Message, null);
            }

            return Outcome.FromException<HttpResponseMessage>(translated);
        }
    }

    private double Elapsed(long started) => Math.Round(TimeProvider.GetElapsedTime(started).TotalMilliseconds, 1);

    private static string PathOf(HttpRequestMessage? request) => request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request?.RequestUri?.ToString() ?? string.Empty;

    private static readonly object RandomLock = new();
    private static readonly Random SharedRandom = new();

    private static double NextRandom()
    {
        lock (RandomLock)
        {
            return SharedRandom.NextDouble();
        }
    }

    /// <summary>The state of one call across its attempts.</summary>
    private sealed class Call
    {
        private byte[]? _body;
        private int _bodyLength;

        private readonly bool _keepBody;

        public Call(HttpRequestMessage request, OperationInfo operation, bool keepBody)
        {
            _keepBody = keepBody;
            Request = request;
            Operation = operation;
        }

        public HttpRequestMessage Request { get; }

        public OperationInfo Operation { get; }

        public int Attempts { get; set; }

        /// <summary>
        /// The message to send: the original the first time, a copy afterwards (a request message can be sent once).
        /// The body is read once, before the first attempt, so every copy sends the same bytes.
        /// </summary>
        public async Task<HttpRequestMessage> MessageForAttemptAsync()
        {
            if (Attempts == 1)
            {
                if (_keepBody && Request.Content is JsonBody json)
                {
                    // The generated methods' bodies are bytes already: resend those, no copy.
                    _body = json.Buffer;
                    _bodyLength = json.Length;
                }
                else if (_keepBody && Request.Content is not null)
                {
                    _body = await Request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    _bodyLength = _body.Length;
                }

                return Request;
            }

            var copy = new HttpRequestMessage(Request.Method, Request.RequestUri) { Version = Request.Version };
            foreach (var header in Request.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            if (Request.Content is not null)
            {
                var content = new ByteArrayContent(_body ?? Array.Empty<byte>(), 0, _body is null ? 0 : _bodyLength);
                foreach (var header in Request.Content.Headers)
                {
                    if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }

                copy.Content = content;
            }

            return copy;
        }
    }
}
