using System;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// A call took longer than its timeout: <see cref="AssistantsClientOptions.RequestTimeout"/> for one attempt (headers
/// and body), <see cref="AssistantsClientOptions.StreamIdleTimeout"/> between two events of a stream, or the
/// <see cref="System.Net.Http.HttpClient.Timeout"/> of a caller's HttpClient. The one exception type for a timeout,
/// whichever constructor built the client. The request may have reached the server.
/// </summary>
public class AssistantsTimeoutException : AssistantsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What timed out.</param>
    /// <param name="timeout">The limit that was exceeded, when known.</param>
    /// <param name="innerException">The cancellation or timeout that stopped the call.</param>
    public AssistantsTimeoutException(string message, TimeSpan? timeout, Exception? innerException)
        : base(message, 0, null, null, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The limit that was exceeded, or null when the caller's HttpClient enforced its own.</summary>
    public TimeSpan? Timeout { get; }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
