using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Which failures are retried, and how long to wait before the next attempt. One place for the rules of every call
/// (the 28 operations, each page of a listing, the start of a stream) and of the polling loop.
/// </summary>
internal static class RetryRules
{
    /// <summary>The first backoff wait; each retry doubles it.</summary>
    public static readonly TimeSpan InitialBackoff = TimeSpan.FromSeconds(0.5);

    /// <summary>The longest backoff wait.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

    /// <summary>The longest wait a server's hint may ask for; a longer hint is ignored in favour of the backoff.</summary>
    public static readonly TimeSpan MaxServerHint = TimeSpan.FromSeconds(60);

    /// <summary>Whether a status code is worth another attempt: 408, 409, 429 and 5xx.</summary>
    public static bool IsTransientStatus(int status) => status == 408 || status == 409 || status == 429 || (status >= 500 && status <= 599);

    /// <summary>
    /// Whether a status code proves that the request had no effect, so that even a create may be sent again: 408 (the
    /// server gave up before reading the request) and 429 (refused by the rate limiter).
    /// </summary>
    public static bool ProvesNoEffect(int status) => status == 408 || status == 429;

    /// <summary>The server's <c>x-should-retry</c> verdict, when it sent one.</summary>
    public static bool? ShouldRetryHeader(HttpResponseHeaders headers) =>
        ShouldRetryHeader(headers.TryGetValues("x-should-retry", out var values) ? values.FirstOrDefault() : null);

    /// <summary>The <c>x-should-retry</c> verdict of a header value already read (from an exception's headers, say).</summary>
    public static bool? ShouldRetryHeader(string? header)
    {
        var value = header?.Trim();
        return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? true
            : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? false
            : null;
    }

    /// <summary>
    /// Whether a response should be retried. <c>x-should-retry</c> decides when present; otherwise the status must be
    /// transient, and for an operation that is not idempotent it must prove the request had no effect (unless
    /// <paramref name="retryNonIdempotent"/>).
    /// </summary>
    public static bool ShouldRetry(HttpResponseMessage response, bool idempotent, bool retryNonIdempotent)
    {
        var status = (int)response.StatusCode;
        if (status >= 200 && status <= 299)
        {
            return false;
        }

        if (ShouldRetryHeader(response.Headers) is { } verdict)
        {
            return verdict;
        }

        return IsTransientStatus(status) && (idempotent || retryNonIdempotent || ProvesNoEffect(status));
    }

    /// <summary>Whether a failure without a response should be retried.</summary>
    public static bool ShouldRetry(AssistantsApiException failure, bool idempotent, bool retryNonIdempotent) => failure switch
    {
        AssistantsConnectionException connection => idempotent || retryNonIdempotent || connection.RequestNotSent,
        AssistantsTimeoutException => idempotent || retryNonIdempotent,
        { Malformed: true } => idempotent || retryNonIdempotent, // the server answered: it did the work
        _ => false,
    };

    /// <summary>
    /// Whether a network error happened while opening the connection, before any byte of the request was sent:
    /// refused, unreachable, name not resolved, TLS handshake failed.
    /// </summary>
    public static bool FailedBeforeSending(Exception exception)
    {
#if NET8_0_OR_GREATER
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError })
        {
            return true;
        }
#endif
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable
                    or SocketError.NetworkUnreachable or SocketError.NoData or SocketError.TryAgain or SocketError.AddressNotAvailable;
            }
        }

        return false;
    }

    /// <summary>
    /// The wait a response asks for: <c>retry-after-ms</c> (milliseconds), else <c>Retry-After</c> (seconds or an
    /// HTTP date); a hint that is absent, unreadable, negative or longer than <see cref="MaxServerHint"/> is skipped.
    /// </summary>
    public static TimeSpan? ServerHint(HttpResponseHeaders headers, DateTimeOffset now) =>
        ServerHint(First(headers, "retry-after-ms"), First(headers, "Retry-After"), now);

    /// <summary>The same rule over header values already read (from an exception's headers, say).</summary>
    public static TimeSpan? ServerHint(string? retryAfterMs, string? retryAfter, DateTimeOffset now)
    {
        if (retryAfterMs is not null
            && double.TryParse(retryAfterMs.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            && !double.IsNaN(milliseconds)
            && Reasonable(TimeSpan.FromMilliseconds(Math.Min(milliseconds, int.MaxValue))) is { } precise)
        {
            return precise;
        }

        if (retryAfter is null)
        {
            return null;
        }

        if (double.TryParse(retryAfter.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && !double.IsNaN(seconds))
        {
            return Reasonable(TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000.0)));
        }

        if (DateTimeOffset.TryParseExact(retryAfter.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return Reasonable(date - now);
        }

        return null;
    }

    /// <summary>
    /// The backoff before retry number <paramref name="retry"/> (1 for the first): 0.5 s × 2^(retry−1), at most
    /// 8 s, less up to a quarter at random so that many clients do not retry in step.
    /// </summary>
    public static TimeSpan Backoff(int retry, double random)
    {
        var exponent = Math.Min(Math.Max(retry - 1, 0), 16);
        var seconds = Math.Min(InitialBackoff.TotalSeconds * Math.Pow(2, exponent), MaxBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (1 - 0.25 * random));
    }

    private static TimeSpan? Reasonable(TimeSpan wait) => wait >= TimeSpan.Zero && wait <= MaxServerHint ? wait : null;

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
