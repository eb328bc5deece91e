using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Receives the <c>openai-poll-after-ms</c> header of one GetRun response made by the polling loop.
/// </summary>
/// <remarks>
/// The generated <c>GetRunAsync</c> returns no headers; its <c>ProcessResponse</c> hook sees them. The loop makes a
/// capture current (an <see cref="AsyncLocal{T}"/>) inside an async method around its GetRun call, so the hook finds
/// the capture of the call that made the request: concurrent polls on one client, each in its own async flow,
/// never see each other's header, and calls made outside the polling loop record nothing.
/// </remarks>
internal sealed class PollAfterCapture
{
    /// <summary>The response header by which the API says how long to wait before the next poll.</summary>
    public const string HeaderName = "openai-poll-after-ms";

    /// <summary>The shortest wait a header may ask for: 0 or negative values must not make the loop spin.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);

    private static readonly AsyncLocal<PollAfterCapture?> Current = new();

    private readonly AssistantsClient _client;

    public PollAfterCapture(AssistantsClient client) => _client = client;

    /// <summary>The wait the last response asked for, or null when it carried no usable header.</summary>
    public TimeSpan? Value { get; private set; }

    /// <summary>
    /// Makes this capture current for the calling async flow. Call it inside an async method: the change is then
    /// undone for that method's caller when the method returns or first awaits.
    /// </summary>
    public void Activate() => Current.Value = this;

    /// <summary>Records the header of <paramref name="response"/> when a capture of <paramref name="client"/> is current.</summary>
    public static void Record(AssistantsClient client, HttpResponseMessage response)
    {
        var capture = Current.Value;
        if (capture is null || !ReferenceEquals(capture._client, client))
        {
            return;
        }

        capture.Value = response.Headers.TryGetValues(HeaderName, out var values) ? Parse(values.FirstOrDefault()) : null;
    }

    /// <summary>
    /// The wait a header value asks for: an integer number of milliseconds, raised to <see cref="Minimum"/>; null for
    /// anything else (missing, empty, not an integer), so that the configured interval applies.
    /// </summary>
    public static TimeSpan? Parse(string? text)
    {
        if (text is null || !int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return null;
        }

        var wait = TimeSpan.FromMilliseconds(milliseconds);
        return wait < Minimum ? Minimum : wait;
    }
}
