using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

// CUSTOM: NSwag's interface lists the 28 operations only; code written against IAssistantsClient (and its test
// doubles) gets the hand-written helpers too. A conventions test keeps this list complete. The listings
// (Get*Async over all pages) are not here: build/CodeGen/Convenience writes them with the client's.
/// <summary>The operations of <see cref="AssistantsClient"/> and its helpers (listings, run polling, tool-call loop, streaming), for test doubles and dependency injection.</summary>
public partial interface IAssistantsClient
{
    /// <inheritdoc cref="AssistantsClient.WaitForRunAsync"/>
    Task<ThreadRun> WaitForRunAsync(string threadId, string runId, RunPollingOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.WatchRunAsync"/>
    IAsyncEnumerable<ThreadRun> WatchRunAsync(string threadId, string runId, RunPollingOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.CreateRunAndPollAsync"/>
    Task<ThreadRun> CreateRunAndPollAsync(string threadId, CreateRunRequest request, RunPollingOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.CreateThreadAndRunAndPollAsync"/>
    Task<ThreadRun> CreateThreadAndRunAndPollAsync(CreateThreadAndRunRequest request, RunPollingOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.SubmitToolOutputsAndPollAsync"/>
    Task<ThreadRun> SubmitToolOutputsAndPollAsync(string threadId, string runId, SubmitToolOutputsRequest request, RunPollingOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.RunToCompletionAsync(string, CreateRunRequest, Func{RequiredToolCall, CancellationToken, Task{string}}, RunPollingOptions?, CancellationToken)"/>
    Task<ThreadRun> RunToCompletionAsync(string threadId, CreateRunRequest request, Func<RequiredToolCall, CancellationToken, Task<string>> toolHandler, RunPollingOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.RunToCompletionAsync(ThreadRun, Func{RequiredToolCall, CancellationToken, Task{string}}, RunPollingOptions?, CancellationToken)"/>
    Task<ThreadRun> RunToCompletionAsync(ThreadRun run, Func<RequiredToolCall, CancellationToken, Task<string>> toolHandler, RunPollingOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.RunToCompletionAsync(string, string, Func{RequiredToolCall, CancellationToken, Task{string}}, RunPollingOptions?, CancellationToken)"/>
    Task<ThreadRun> RunToCompletionAsync(string threadId, string runId, Func<RequiredToolCall, CancellationToken, Task<string>> toolHandler, RunPollingOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.CreateRunStreamingAsync"/>
    IAsyncEnumerable<AssistantStreamEvent> CreateRunStreamingAsync(string threadId, CreateRunRequest request, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.CreateThreadAndRunStreamingAsync"/>
    IAsyncEnumerable<AssistantStreamEvent> CreateThreadAndRunStreamingAsync(CreateThreadAndRunRequest request, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AssistantsClient.SubmitToolOutputsStreamingAsync"/>
    IAsyncEnumerable<AssistantStreamEvent> SubmitToolOutputsStreamingAsync(string threadId, string runId, SubmitToolOutputsRequest request, CancellationToken cancellationToken = default);
}
