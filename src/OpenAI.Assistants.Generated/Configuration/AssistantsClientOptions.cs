using System;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace OpenAI.Assistants.Generated;

/// <summary>Settings of an <see cref="AssistantsClient"/>.</summary>
public sealed class AssistantsClientOptions
{
    /// <summary>The API base address used when neither <see cref="BaseUrl"/> nor <c>OPENAI_BASE_URL</c> is set.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.openai.com/v1");

    /// <summary>The <c>OpenAI-Beta</c> header value this client's API version needs.</summary>
    public const string DefaultBetaHeader = "assistants=v1";

    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "OPENAI_API_KEY";

    /// <summary>The environment variable read when <see cref="BaseUrl"/> is not set.</summary>
    public const string BaseUrlEnvironmentVariable = "OPENAI_BASE_URL";

    /// <summary>The API key sent as a bearer token. When null, <c>OPENAI_API_KEY</c> is used.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The API base address, for proxies and compatible servers. When null, <c>OPENAI_BASE_URL</c> is used,
    /// then <see cref="DefaultBaseUrl"/>.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as <c>OpenAI-Organization</c> when set.</summary>
    public string? Organization { get; set; }

    /// <summary>Sent as <c>OpenAI-Project</c> when set.</summary>
    public string? Project { get; set; }

    /// <summary>The <c>OpenAI-Beta</c> header value; <see cref="DefaultBetaHeader"/> unless changed. Null or empty sends none.</summary>
    public string? BetaHeader { get; set; } = DefaultBetaHeader;

    /// <summary>Extra text appended to the <c>User-Agent</c> header, for example your application's name and version.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>
    /// How long one attempt of a call may take, from sending the request to the last byte of the response body, before
    /// it fails with <see cref="AssistantsTimeoutException"/> (and is retried when that is safe, see
    /// <see cref="MaxRetries"/>). For a stream it covers the response headers; <see cref="StreamIdleTimeout"/> covers
    /// the events. Null or <see cref="Timeout.InfiniteTimeSpan"/>: no limit beyond the caller's token. Default: 100 seconds.
    /// </summary>
    public TimeSpan? RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The longest silence allowed between two events of a stream (a stream itself may run for minutes) before it
    /// fails with <see cref="AssistantsTimeoutException"/>. Null or <see cref="Timeout.InfiniteTimeSpan"/>: no limit.
    /// Default: 100 seconds.
    /// </summary>
    public TimeSpan? StreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How many times a call is repeated after a transient failure: 408, 409, 429, 5xx, a network failure or a timeout.
    /// Waits grow from 0.5 s to at most 8 s (with jitter) unless the server's <c>retry-after-ms</c> or
    /// <c>Retry-After</c> asks for a wait of up to 60 s; <c>x-should-retry</c> overrides the decision. 0 turns retries
    /// off. Default: 2.
    /// </summary>
    /// <remarks>
    /// Creates and tool-output submissions are repeated only when the failure proves that the server did nothing
    /// (429, 408, or a connection that could not be opened), unless <see cref="RetryNonIdempotentRequests"/> is set.
    /// </remarks>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// Retry creates and tool-output submissions on every transient failure, as reads are (as the official OpenAI SDKs
    /// do). Off by default because it can do the work twice: after a 500, a timeout or a connection reset the server
    /// may already have created the assistant, message or run, and the retry creates another one.
    /// </summary>
    public bool RetryNonIdempotentRequests { get; set; }

    /// <summary>The clock of timeouts and retry waits; <see cref="System.TimeProvider.System"/> when null. Tests may pass a fake one.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// Where the client logs one line per attempt (operation, method, path, status, duration, request id, attempt), in
    /// the category <see cref="AssistantsTelemetry.LoggerCategory"/>. Never the API key or headers. Null: no logs
    /// (with <c>AddAssistantsClient</c>, the application's logger factory is used).
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Also log request and response bodies (at Debug level, at most 64 K characters each). Off by default: bodies
    /// hold your users' content.
    /// </summary>
    public bool LogBodies { get; set; }

    /// <summary>The API key in effect: <see cref="ApiKey"/>, else <c>OPENAI_API_KEY</c>, else null.</summary>
    internal string? ResolveApiKey() =>
        !string.IsNullOrWhiteSpace(ApiKey) ? ApiKey : NullIfBlank(Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable));

    /// <summary>The base address in effect.</summary>
    internal Uri ResolveBaseUrl()
    {
        if (BaseUrl is not null)
        {
            return BaseUrl;
        }

        var fromEnvironment = NullIfBlank(Environment.GetEnvironmentVariable(BaseUrlEnvironmentVariable));
        if (fromEnvironment is null)
        {
            return DefaultBaseUrl;
        }

        return Uri.TryCreate(fromEnvironment, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{BaseUrlEnvironmentVariable} is not an absolute URL: '{fromEnvironment}'.");
    }

    /// <summary>Describes the options without revealing the API key.</summary>
    public override string ToString() =>
        $"AssistantsClientOptions {{ BaseUrl = {BaseUrl?.ToString() ?? "(default)"}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, " +
        $"Organization = {Organization ?? "(none)"}, Project = {Project ?? "(none)"}, BetaHeader = {BetaHeader ?? "(none)"}, RequestTimeout = {RequestTimeout?.ToString() ?? "(none)"}, " +
        $"StreamIdleTimeout = {StreamIdleTimeout?.ToString() ?? "(none)"}, MaxRetries = {MaxRetries}, RetryNonIdempotentRequests = {RetryNonIdempotentRequests} }}";

    /// <summary>Checks the values a client cannot work with.</summary>
    /// <exception cref="ArgumentException"><see cref="BaseUrl"/> is not an absolute http(s) URL.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A timeout is zero or negative, or <see cref="MaxRetries"/> is negative.</exception>
    internal void Validate()
    {
        if (BaseUrl is { } baseUrl && (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ArgumentException($"BaseUrl must be an absolute http or https URL, not '{baseUrl}'.", nameof(BaseUrl));
        }

        RequirePositive(RequestTimeout, nameof(RequestTimeout));
        RequirePositive(StreamIdleTimeout, nameof(StreamIdleTimeout));
        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "MaxRetries must be 0 (no retries) or more.");
        }
    }

    private static void RequirePositive(TimeSpan? value, string name)
    {
        if (value is { } timeout && timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, timeout, $"{name} must be positive (or null for no limit).");
        }
    }

    internal AssistantsClientOptions Clone() => (AssistantsClientOptions)MemberwiseClone();

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
