using System;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// No response arrived: the connection was refused, reset or closed early, or the response could not be read as
/// HTTP. <see cref="AssistantsApiException.StatusCode"/> is 0 and <see cref="AssistantsApiException.IsTransient"/>
/// is true; the <see cref="Exception.InnerException"/> is the network error.
/// </summary>
public class AssistantsConnectionException : AssistantsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The network error.</param>
    public AssistantsConnectionException(string message, Exception? innerException)
        : base(message, 0, null, null, innerException)
    {
    }

    /// <summary>Whether the failure happened before the request was sent (the connection could not be opened), so
    /// the call provably had no effect on the server.</summary>
    public bool RequestNotSent { get; internal set; }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
