using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Every failure of a call to the API: an error status from the server, a response that cannot be read, a network
/// failure (<see cref="AssistantsConnectionException"/>) or a timeout (<see cref="AssistantsTimeoutException"/>).
/// Carries the HTTP <see cref="StatusCode"/> (0 when no response arrived), the API's error fields, the
/// <see cref="RequestId"/>, the response headers and the start of the body.
/// </summary>
/// <remarks>
/// Only the first <see cref="MaxResponseLength"/> characters of a body are kept (<see cref="IsResponseTruncated"/>
/// says when more was sent). A caller's cancellation is never wrapped: it stays an <see cref="OperationCanceledException"/>.
/// </remarks>
public partial class AssistantsApiException : Exception
{
    /// <summary>The most characters of a response body an exception keeps (64 K).</summary>
    public const int MaxResponseLength = 64 * 1024;

    private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders =
        new Dictionary<string, IEnumerable<string>>();

    /// <summary>Creates the exception for a response.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code, or 0 when no response arrived.</param>
    /// <param name="response">The response body (cut to <see cref="MaxResponseLength"/> characters), or null.</param>
    /// <param name="headers">The response headers, or null.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public AssistantsApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException)
        : this(message, statusCode, response, headers, innerException, responseTruncated: false)
    {
    }

    /// <summary>Creates the exception, saying whether <paramref name="response"/> is only the start of the body.</summary>
    internal AssistantsApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException, bool responseTruncated)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        var cut = response is not null && response.Length > MaxResponseLength;
        Response = cut ? response!.Substring(0, MaxResponseLength) : response;
        IsResponseTruncated = cut || responseTruncated;
        Headers = headers ?? NoHeaders;
    }

    /// <summary>The HTTP status code of the response, or 0 when no response arrived (network failure, timeout).</summary>
    public int StatusCode { get; }

    /// <summary>The response body as text (at most <see cref="MaxResponseLength"/> characters), or null.</summary>
    public string? Response { get; }

    /// <summary>
    /// Whether a successful status came with a body that could not be read (empty, cut or garbled in transit): the
    /// server did the work but the answer was lost. Such a failure is transient.
    /// </summary>
    public bool Malformed { get; internal set; }

    /// <summary>Whether the server sent more than <see cref="Response"/> holds.</summary>
    public bool IsResponseTruncated { get; }

    /// <summary>The response headers (content headers included); empty when no response arrived.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>The exception's type and message, the start of the response body, and the stack trace.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(base.ToString());
        if (!string.IsNullOrEmpty(Response))
        {
            const int shown = 4096;
            var body = Response!.Length > shown ? Response.Substring(0, shown) : Response;
            text.AppendLine().Append("Response body");
            if (Response.Length > shown || IsResponseTruncated)
            {
                text.Append(string.Format(CultureInfo.InvariantCulture, " (cut: the first {0:N0} characters of a longer body)", body.Length));
            }

            text.Append(": ").Append(body);
        }

        return text.ToString();
    }
}
