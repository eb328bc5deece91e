using System;
using System.Globalization;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// The <c>openai-poll-after-ms</c> header of the response a run was read from (<see cref="ResponseInfo"/>): how long
/// the API asks the client to wait before the next poll.
/// </summary>
internal static class PollAfter
{
    /// <summary>The response header by which the API says how long to wait before the next poll.</summary>
    public const string HeaderName = "openai-poll-after-ms";

    /// <summary>The shortest wait a header may ask for: 0 or negative values must not make the loop spin.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);

    /// <summary>The wait the response of <paramref name="run"/> asked for, or null (no response, or no usable header).</summary>
    public static TimeSpan? Of(ThreadRun run) => ResponseInfo.Of(run) is { } info ? Parse(info.Header(HeaderName)) : null;

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
