using System;
using System.Threading;

namespace OpenAI.Assistants.Generated;

/// <summary>Listings over all pages of the generated list operations.</summary>
public partial class AssistantsClient
{
    /// <summary>Lists the assistants of the organization over all pages (<see cref="ListAssistantsAsync"/> page by page).</summary>
    /// <param name="options">Page size, order, starting cursor and cap; null for the API's defaults.</param>
    /// <param name="cancellationToken">Cancels the listing: used for every page request.</param>
    /// <returns>The assistants; <see cref="AsyncListing{T}.AsPages"/> gives the pages.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentException">A cursor option is empty (thrown by this call, before anything is sent).</exception>
    /// <remarks>Nothing is sent until the enumeration starts; API failures surface as <see cref="AssistantsApiException"/> then.</remarks>
    public virtual AsyncListing<Assistant> GetAssistantsAsync(ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        return new CursorListing<Assistant>(
            options,
            async (page, ct) => await ListAssistantsAsync(page.Limit, page.Order, page.After, page.Before, ct).ConfigureAwait(false),
            cancellationToken);
    }

    /// <summary>Lists the files attached to an assistant over all pages (<see cref="ListAssistantFilesAsync"/> page by page).</summary>
    /// <param name="assistantId">The assistant's id.</param>
    /// <param name="options">Page size, order, starting cursor and cap; null for the API's defaults.</param>
    /// <param name="cancellationToken">Cancels the listing: used for every page request.</param>
    /// <returns>The assistant's files; <see cref="AsyncListing{T}.AsPages"/> gives the pages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assistantId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentException">The id or a cursor option is empty (thrown by this call, before anything is sent).</exception>
    /// <remarks>Nothing is sent until the enumeration starts; API failures surface as <see cref="AssistantsApiException"/> then.</remarks>
    public virtual AsyncListing<AssistantFile> GetAssistantFilesAsync(string assistantId, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequirePathId(assistantId, nameof(assistantId));
        return new CursorListing<AssistantFile>(
            options,
            async (page, ct) => await ListAssistantFilesAsync(assistantId, page.Limit, page.Order, page.After, page.Before, ct).ConfigureAwait(false),
            cancellationToken);
    }

    /// <summary>Lists the messages of a thread over all pages (<see cref="ListMessagesAsync"/> page by page).</summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="options">Page size, order, starting cursor, cap and run filter; null for the API's defaults.</param>
    /// <param name="cancellationToken">Cancels the listing: used for every page request.</param>
    /// <returns>The messages; <see cref="AsyncListing{T}.AsPages"/> gives the pages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threadId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentException">The id, a cursor option or the run filter is empty (thrown by this call, before anything is sent).</exception>
    /// <remarks>Nothing is sent until the enumeration starts; API failures surface as <see cref="AssistantsApiException"/> then.</remarks>
    public virtual AsyncListing<ThreadMessage> GetMessagesAsync(string threadId, MessageListOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequirePathId(threadId, nameof(threadId));
        var runId = options?.RunId;
        if (runId is not null && string.IsNullOrWhiteSpace(runId))
        {
            throw new ArgumentException($"{nameof(MessageListOptions.RunId)} must be a run id, or null for all messages.", nameof(MessageListOptions.RunId));
        }

        return new CursorListing<ThreadMessage>(
            options,
            async (page, ct) => await ListMessagesAsync(threadId, page.Limit, page.Order, page.After, page.Before, runId, ct).ConfigureAwait(false),
            cancellationToken);
    }

    /// <summary>Lists the files attached to a message over all pages (<see cref="ListMessageFilesAsync"/> page by page).</summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="messageId">The message's id.</param>
    /// <param name="options">Page size, order, starting cursor and cap; null for the API's defaults.</param>
    /// <param name="cancellationToken">Cancels the listing: used for every page request.</param>
    /// <returns>The message's files; <see cref="AsyncListing{T}.AsPages"/> gives the pages.</returns>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentException">An id or a cursor option is empty (thrown by this call, before anything is sent).</exception>
    /// <remarks>Nothing is sent until the enumeration starts; API failures surface as <see cref="AssistantsApiException"/> then.</remarks>
    public virtual AsyncListing<MessageFile> GetMessageFilesAsync(string threadId, string messageId, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequirePathId(threadId, nameof(threadId));
        RequirePathId(messageId, nameof(messageId));
        return new CursorListing<MessageFile>(
            options,
            async (page, ct) => await ListMessageFilesAsync(threadId, messageId, page.Limit, page.Order, page.After, page.Before, ct).ConfigureAwait(false),
            cancellationToken);
    }

    /// <summary>Lists the runs of a thread over all pages (<see cref="ListRunsAsync"/> page by page).</summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="options">Page size, order, starting cursor and cap; null for the API's defaults.</param>
    /// <param name="cancellationToken">Cancels the listing: used for every page request.</param>
    /// <returns>The runs; <see cref="AsyncListing{T}.AsPages"/> gives the pages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threadId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentException">The id or a cursor option is empty (thrown by this call, before anything is sent).</exception>
    /// <remarks>Nothing is sent until the enumeration starts; API failures surface as <see cref="AssistantsApiException"/> then.</remarks>
    public virtual AsyncListing<ThreadRun> GetRunsAsync(string threadId, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequirePathId(threadId, nameof(threadId));
        return new CursorListing<ThreadRun>(
            options,
            async (page, ct) => await ListRunsAsync(threadId, page.Limit, page.Order, page.After, page.Before, ct).ConfigureAwait(false),
            cancellationToken);
    }

    /// <summary>Lists the steps of a run over all pages (<see cref="ListRunStepsAsync"/> page by page).</summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="runId">The run's id.</param>
    /// <param name="options">Page size, order, starting cursor and cap; null for the API's defaults.</param>
    /// <param name="cancellationToken">Cancels the listing: used for every page request.</param>
    /// <returns>The run's steps; <see cref="AsyncListing{T}.AsPages"/> gives the pages.</returns>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentException">An id or a cursor option is empty (thrown by this call, before anything is sent).</exception>
    /// <remarks>Nothing is sent until the enumeration starts; API failures surface as <see cref="AssistantsApiException"/> then.</remarks>
    public virtual AsyncListing<RunStep> GetRunStepsAsync(string threadId, string runId, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequirePathId(threadId, nameof(threadId));
        RequirePathId(runId, nameof(runId));
        return new CursorListing<RunStep>(
            options,
            async (page, ct) => await ListRunStepsAsync(threadId, runId, page.Limit, page.Order, page.After, page.Before, ct).ConfigureAwait(false),
            cancellationToken);
    }
}
