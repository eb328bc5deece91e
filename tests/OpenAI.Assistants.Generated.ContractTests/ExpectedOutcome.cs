using System;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>How a call of the resilience matrix ends: with its result, or with an exception of an exact type and status.</summary>
public sealed class ExpectedOutcome
{
    private readonly Func<string, string, string>? _fragment;

    private ExpectedOutcome(Type? exceptionType, int statusCode, Func<string, string, string>? fragment)
    {
        ExceptionType = exceptionType;
        StatusCode = statusCode;
        _fragment = fragment;
    }

    /// <summary>The call returns its result.</summary>
    public static ExpectedOutcome Success { get; } = new(null, 0, null);

    /// <summary>The API's JSON error, after the retries allowed: <c>AssistantsApiException&lt;ApiErrorResponse&gt;</c>.</summary>
    public static ExpectedOutcome ApiError(int status) =>
        new(typeof(AssistantsApiException<ApiErrorResponse>), status, (method, path) => $"{status} {Reason(status)} from {method} {path}: ");

    /// <summary>A proxy's HTML error page: <see cref="AssistantsApiException"/> whose message shows the content type and start of the body.</summary>
    public static ExpectedOutcome ProxyPage(int status) =>
        new(typeof(AssistantsApiException), status, (method, path) => $"{status} {Reason(status)} from {method} {path}, with a text/html body starting: <html>");

    /// <summary>A 200 whose body cannot be read as the operation's result (<see cref="AssistantsApiException.Malformed"/>).</summary>
    public static ExpectedOutcome Malformed(string resultType) =>
        new(typeof(AssistantsApiException), 200, (method, path) => $"The 200 response of {method} {path} could not be read as {resultType}");

    /// <summary>No response: <see cref="AssistantsConnectionException"/> naming the request.</summary>
    public static ExpectedOutcome NoResponse { get; } =
        new(typeof(AssistantsConnectionException), 0, (method, path) => $"({method} {path}) failed without a response");

    /// <summary>No connection: <see cref="AssistantsConnectionException"/> saying it was refused.</summary>
    public static ExpectedOutcome Refused { get; } =
        new(typeof(AssistantsConnectionException), 0, (method, path) => "Connection refused");

    /// <summary>A request timeout of 300 ms: <see cref="AssistantsTimeoutException"/>.</summary>
    public static ExpectedOutcome TimedOut { get; } =
        new(typeof(AssistantsTimeoutException), 0, (method, path) => "did not complete within 00:00:00.3000000 (RequestTimeout)");

    /// <summary>A stream silent for its 300 ms idle timeout: <see cref="AssistantsTimeoutException"/>.</summary>
    public static ExpectedOutcome IdleTimedOut { get; } =
        new(typeof(AssistantsTimeoutException), 0, (method, path) => "sent no event for 00:00:00.3000000 (StreamIdleTimeout)");

    /// <summary>The exact type of the exception, or null for success.</summary>
    public Type? ExceptionType { get; }

    /// <summary>The exception's <see cref="AssistantsApiException.StatusCode"/>.</summary>
    public int StatusCode { get; }

    /// <summary>Whether the call returns its result.</summary>
    public bool IsSuccess => ExceptionType is null;

    /// <summary>Text the exception's message must contain, for a request with this method and path.</summary>
    public string MessageFragment(string method, string path) => _fragment?.Invoke(method, path) ?? string.Empty;

    /// <summary>The exception's type name as C# writes it, e.g. <c>AssistantsApiException&lt;ApiErrorResponse&gt;</c>.</summary>
    public static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name.Substring(0, type.Name.IndexOf('`'))}<{string.Join(", ", Array.ConvertAll(type.GetGenericArguments(), TypeName))}>" : type.Name;

    /// <inheritdoc />
    public override string ToString() => ExceptionType is null ? "success" : $"{TypeName(ExceptionType)} {StatusCode}";

    private static string Reason(int status) => status switch
    {
        400 => "Bad Request",
        408 => "Request Timeout",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No reason phrase listed for this status."),
    };
}
