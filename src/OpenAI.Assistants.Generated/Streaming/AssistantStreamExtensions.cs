using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>Helpers over the event streams of <see cref="AssistantsClient"/>.</summary>
public static class AssistantStreamExtensions
{
    /// <summary>Reads a whole stream into an <see cref="AssistantStreamAccumulator"/>: the final run and the assembled messages.</summary>
    /// <param name="events">A stream from one of the <c>*StreamingAsync</c> methods.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The accumulated result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="AssistantsApiException">The request failed or the stream reported an error.</exception>
    /// <example>
    /// <code>
    /// var result = await client.CreateRunStreamingAsync(threadId, request).CollectAsync();
    /// Console.WriteLine(result.Text);
    /// </code>
    /// </example>
    public static Task<AssistantStreamAccumulator> CollectAsync(this IAsyncEnumerable<AssistantStreamEvent> events, CancellationToken cancellationToken = default) =>
        CollectAsync(events, new AssistantStreamAccumulator(), cancellationToken);

    /// <summary>Reads a whole stream into an existing accumulator (to continue a run after submitting tool outputs).</summary>
    /// <param name="events">A stream from one of the <c>*StreamingAsync</c> methods.</param>
    /// <param name="accumulator">The accumulator to add the events to.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns><paramref name="accumulator"/>, after the stream ended.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AssistantsApiException">The request failed or the stream reported an error.</exception>
    public static async Task<AssistantStreamAccumulator> CollectAsync(this IAsyncEnumerable<AssistantStreamEvent> events, AssistantStreamAccumulator accumulator, CancellationToken cancellationToken = default)
    {
        if (events is null)
        {
            throw new ArgumentNullException(nameof(events));
        }

        if (accumulator is null)
        {
            throw new ArgumentNullException(nameof(accumulator));
        }

        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(item);
        }

        return accumulator;
    }
}
