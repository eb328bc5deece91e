using System;
using System.Collections.Generic;

namespace OpenAI.Assistants.Generated;

/// <summary>An error response from the API, with its body read as <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TResult">The type of the error body (<see cref="ApiErrorResponse"/>).</typeparam>
public partial class AssistantsApiException<TResult> : AssistantsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="response">The response body, or null.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="result">The error body, read.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public AssistantsApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, TResult result, Exception? innerException)
        : this(message, statusCode, response, headers, result, innerException, responseTruncated: false)
    {
    }

    internal AssistantsApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, TResult result, Exception? innerException, bool responseTruncated)
        : base(message, statusCode, response, headers, innerException, responseTruncated)
    {
        Result = result;
    }

    /// <summary>The error body.</summary>
    public TResult Result { get; }
}
