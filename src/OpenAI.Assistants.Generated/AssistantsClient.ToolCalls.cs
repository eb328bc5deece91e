using System;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>Driving a run through its tool calls until it is over.</summary>
public partial class AssistantsClient
{
    private const string SubmitToolOutputsAction = "submit_tool_outputs";

    /// <summary>
    /// Creates a run and drives it to its end: each time it requires action, runs <paramref name="toolHandler"/> for
    /// all its tool calls concurrently, submits all outputs in one request, and polls on. Returns the run at a
    /// terminal status, or at a status this client does not know (check <see cref="ThreadRun.Status"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// When a handler throws, the other handlers of the same action are cancelled through their token and awaited,
    /// nothing is submitted, the run's cancellation is requested (best effort: a failure to cancel is kept in
    /// <see cref="ToolCallFailedException.CancelRunException"/> and does not hide the handler's error), and a
    /// <see cref="ToolCallFailedException"/> is thrown with the handler's exception as InnerException. A handler
    /// returning null counts as a failure. When the caller's token is cancelled, the handlers' token is cancelled
    /// and the method throws <see cref="OperationCanceledException"/> without submitting or cancelling the run
    /// (continue it later with the <c>(threadId, runId)</c> overload).
    /// </para>
    /// <para>
    /// <see cref="RunPollingOptions.Timeout"/> applies to each wait between two actions, not to the whole run. A
    /// run requiring an action other than <c>submit_tool_outputs</c> (none exists in API v1) is returned as is.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var run = await client.RunToCompletionAsync(threadId, new CreateRunRequest { AssistantId = assistantId },
    ///     async (call, ct) => call.Function.Name switch
    ///     {
    ///         "get_weather" => await weather.LookupAsync(call.Function.Arguments, ct),
    ///         _ => throw new NotSupportedException(call.Function.Name),
    ///     });
    /// </code>
    /// </example>
    /// <param name="threadId">ID of the thread to run.</param>
    /// <param name="request">The run to create.</param>
    /// <param name="toolHandler">Returns the output of one tool call (today always a function call); gets a token cancelled when another call of the batch fails or the caller cancels.</param>
    /// <param name="options">How to poll; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the whole drive.</param>
    /// <returns>The run at a terminal or unknown status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="toolHandler"/> is null (nothing is sent).</exception>
    /// <exception cref="ToolCallFailedException">A handler threw.</exception>
    /// <exception cref="RunPollingTimeoutException">A wait exceeded the options' timeout (the run goes on).</exception>
    /// <exception cref="AssistantsApiException">An API call failed.</exception>
    public virtual async Task<ThreadRun> RunToCompletionAsync(
        string threadId,
        CreateRunRequest request,
        Func<RequiredToolCall, CancellationToken, Task<string>> toolHandler,
        RunPollingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        RequirePathId(threadId, nameof(threadId));
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (toolHandler is null)
        {
            throw new ArgumentNullException(nameof(toolHandler));
        }

        var run = await CreateRunAsync(threadId, request, cancellationToken).ConfigureAwait(false);
        return await DriveToolCallsAsync(threadId, RunIdOf(run), run, toolHandler, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Drives an existing run to its end from the state given (see the overload taking a <see cref="CreateRunRequest"/>
    /// for the behaviour): a run already at <c>requires_action</c> has its tool calls answered first, a terminal run
    /// is returned at once, otherwise the run is polled.
    /// </summary>
    /// <param name="run">The run as last seen, e.g. returned by <see cref="CreateRunAndPollAsync"/>.</param>
    /// <param name="toolHandler">Returns the output of one tool call; gets a token cancelled when another call of the batch fails or the caller cancels.</param>
    /// <param name="options">How to poll; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the whole drive.</param>
    /// <returns>The run at a terminal or unknown status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> or <paramref name="toolHandler"/> is null (nothing is sent).</exception>
    /// <exception cref="ArgumentException">The run has no id or thread id.</exception>
    /// <exception cref="ToolCallFailedException">A handler threw.</exception>
    /// <exception cref="RunPollingTimeoutException">A wait exceeded the options' timeout (the run goes on).</exception>
    /// <exception cref="AssistantsApiException">An API call failed.</exception>
    public virtual async Task<ThreadRun> RunToCompletionAsync(
        ThreadRun run,
        Func<RequiredToolCall, CancellationToken, Task<string>> toolHandler,
        RunPollingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (run is null)
        {
            throw new ArgumentNullException(nameof(run));
        }

        RequirePathId(run.ThreadId, "run.ThreadId");
        RequirePathId(run.Id, "run.Id");
        if (toolHandler is null)
        {
            throw new ArgumentNullException(nameof(toolHandler));
        }

        return await DriveToolCallsAsync(run.ThreadId, run.Id, run, toolHandler, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Drives an existing run to its end, starting with a GetRun (see the overload taking a
    /// <see cref="CreateRunRequest"/> for the behaviour).
    /// </summary>
    /// <param name="threadId">ID of the thread.</param>
    /// <param name="runId">ID of the run.</param>
    /// <param name="toolHandler">Returns the output of one tool call; gets a token cancelled when another call of the batch fails or the caller cancels.</param>
    /// <param name="options">How to poll; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the whole drive.</param>
    /// <returns>The run at a terminal or unknown status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="toolHandler"/> or an id is null (nothing is sent).</exception>
    /// <exception cref="ToolCallFailedException">A handler threw.</exception>
    /// <exception cref="RunPollingTimeoutException">A wait exceeded the options' timeout (the run goes on).</exception>
    /// <exception cref="AssistantsApiException">An API call failed.</exception>
    public virtual async Task<ThreadRun> RunToCompletionAsync(
        string threadId,
        string runId,
        Func<RequiredToolCall, CancellationToken, Task<string>> toolHandler,
        RunPollingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        RequirePathId(threadId, nameof(threadId));
        RequirePathId(runId, nameof(runId));
        if (toolHandler is null)
        {
            throw new ArgumentNullException(nameof(toolHandler));
        }

        return await DriveToolCallsAsync(threadId, runId, initial: null, toolHandler, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ThreadRun> DriveToolCallsAsync(
        string threadId,
        string runId,
        ThreadRun? initial,
        Func<RequiredToolCall, CancellationToken, Task<string>> toolHandler,
        RunPollingOptions? options,
        CancellationToken cancellationToken)
    {
        var run = await WaitCoreAsync(threadId, runId, initial, options, cancellationToken).ConfigureAwait(false);
        while (run.Status == RunStatus.RequiresAction
            && run.RequiredAction is { Type: SubmitToolOutputsAction, SubmitToolOutputs.ToolCalls: { Count: > 0 } calls })
        {
            var (outputs, failedCall, failure) = await ToolCallBatch.RunAsync(calls, toolHandler, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                Exception? cancelFailure = null;
                try
                {
                    await CancelRunAsync(threadId, runId, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    cancelFailure = ex; // best effort: the handler's error is the one to report
                }

                throw new ToolCallFailedException(run, failedCall!, failure, cancelFailure);
            }

            var submitted = await SubmitToolOutputsToRunAsync(threadId, runId, new SubmitToolOutputsRequest { ToolOutputs = outputs! }, cancellationToken).ConfigureAwait(false);
            run = await WaitCoreAsync(threadId, runId, submitted, options, cancellationToken).ConfigureAwait(false);
        }

        return run;
    }
}
