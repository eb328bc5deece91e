using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>Waiting for runs: polling helpers over GetRun.</summary>
public partial class AssistantsClient
{
    /// <summary>
    /// Polls a run until it needs the caller (<c>requires_action</c>), is over (<see cref="RunStatus.IsTerminal"/>),
    /// or has a status this client does not know (<see cref="RunStatus.IsKnown"/> is false, e.g. a status added to the
    /// API later): that run is returned, never polled forever. Check <see cref="ThreadRun.Status"/> on the result.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The first GetRun is sent at once, then one every <see cref="RunPollingOptions.PollInterval"/>, or after the
    /// <c>openai-poll-after-ms</c> response header's value when present (at least 100 ms, at most 60 s, and never past
    /// the options' timeout). Each GetRun has the client's own retries (<see cref="AssistantsClientOptions.MaxRetries"/>);
    /// a poll that still fails with a transient error is retried after the server's <c>Retry-After</c> or a wait that
    /// doubles with each failure in a row, up to <see cref="RunPollingOptions.MaxConsecutiveErrors"/> failures in a
    /// row; other API errors (404, 401...) are thrown at once.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var run = await client.WaitForRunAsync(threadId, runId, new RunPollingOptions { Timeout = TimeSpan.FromMinutes(2) });
    /// if (run.Status == RunStatus.Completed) { /* read the thread's messages */ }
    /// </code>
    /// </example>
    /// <param name="threadId">ID of the thread.</param>
    /// <param name="runId">ID of the run.</param>
    /// <param name="options">How to poll; null for the defaults (every second, no timeout).</param>
    /// <param name="cancellationToken">Stops the wait (and the request in flight).</param>
    /// <returns>The first run seen whose status ends the wait.</returns>
    /// <exception cref="ArgumentException">An id is null, empty or not a single path segment.</exception>
    /// <exception cref="RunPollingTimeoutException">The options' timeout elapsed first; it carries the last run seen.</exception>
    /// <exception cref="AssistantsApiException">A non-transient API error, or too many transient failures in a row.</exception>
    public virtual async Task<ThreadRun> WaitForRunAsync(string threadId, string runId, RunPollingOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequirePathId(threadId, nameof(threadId));
        RequirePathId(runId, nameof(runId));
        return await WaitCoreAsync(threadId, runId, initial: null, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Polls a run like <see cref="WaitForRunAsync"/> and yields the run each time its status changes (the first
    /// status seen included). The sequence ends after the run whose status ends the wait: <c>requires_action</c>, a
    /// terminal status, or a status this client does not know.
    /// </summary>
    /// <example>
    /// <code>
    /// await foreach (var run in client.WatchRunAsync(threadId, runId))
    /// {
    ///     Console.WriteLine(run.Status);
    /// }
    /// </code>
    /// </example>
    /// <param name="threadId">ID of the thread.</param>
    /// <param name="runId">ID of the run.</param>
    /// <param name="options">How to poll; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The run at each status change.</returns>
    /// <exception cref="ArgumentException">An id is null, empty or not a single path segment (thrown at once).</exception>
    /// <exception cref="RunPollingTimeoutException">The options' timeout elapsed first (thrown by the enumeration).</exception>
    public virtual IAsyncEnumerable<ThreadRun> WatchRunAsync(string threadId, string runId, RunPollingOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequirePathId(threadId, nameof(threadId));
        RequirePathId(runId, nameof(runId));
        return new RunPoller(this, threadId, runId, options).PollAsync(initial: null, cancellationToken);
    }

    /// <summary>
    /// Creates a run (<see cref="CreateRunAsync"/>) and waits for it like <see cref="WaitForRunAsync"/>: returns the run
    /// at <c>requires_action</c>, at a terminal status, or at a status this client does not know.
    /// </summary>
    /// <remarks>
    /// The created run is the first status reported; the first GetRun follows after the interval. The timeout counts
    /// from the creation's answer.
    /// </remarks>
    /// <example>
    /// <code>
    /// var run = await client.CreateRunAndPollAsync(threadId, new CreateRunRequest { AssistantId = assistantId });
    /// </code>
    /// </example>
    /// <param name="threadId">ID of the thread to run.</param>
    /// <param name="request">The run to create.</param>
    /// <param name="options">How to poll; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the creation or the wait.</param>
    /// <returns>The first run seen whose status ends the wait.</returns>
    /// <exception cref="RunPollingTimeoutException">The options' timeout elapsed first (the run goes on).</exception>
    /// <exception cref="AssistantsApiException">The creation failed, or polling failed.</exception>
    public virtual async Task<ThreadRun> CreateRunAndPollAsync(string threadId, CreateRunRequest request, RunPollingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var run = await CreateRunAsync(threadId, request, cancellationToken).ConfigureAwait(false);
        return await WaitCoreAsync(threadId, RunIdOf(run), run, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a thread and a run in one request (<see cref="CreateThreadAndRunAsync"/>) and waits for the run like
    /// <see cref="WaitForRunAsync"/>. The new thread's id is the result's <see cref="ThreadRun.ThreadId"/>.
    /// </summary>
    /// <param name="request">The thread and the run to create.</param>
    /// <param name="options">How to poll; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the creation or the wait.</param>
    /// <returns>The first run seen whose status ends the wait.</returns>
    /// <exception cref="RunPollingTimeoutException">The options' timeout elapsed first (the run goes on).</exception>
    /// <exception cref="AssistantsApiException">The creation failed, or polling failed.</exception>
    public virtual async Task<ThreadRun> CreateThreadAndRunAndPollAsync(CreateThreadAndRunRequest request, RunPollingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var run = await CreateThreadAndRunAsync(request, cancellationToken).ConfigureAwait(false);
        return await WaitCoreAsync(ThreadIdOf(run), RunIdOf(run), run, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Submits the outputs of a run's tool calls (<see cref="SubmitToolOutputsToRunAsync"/>) and waits for the run like
    /// <see cref="WaitForRunAsync"/>: it may come back to <c>requires_action</c> with new tool calls.
    /// </summary>
    /// <remarks>
    /// To answer tool calls until the run is over, see <c>RunToCompletionAsync</c>.
    /// </remarks>
    /// <example>
    /// <code>
    /// var outputs = new SubmitToolOutputsRequest { ToolOutputs = { new ToolOutput { ToolCallId = call.Id, Output = "18 C" } } };
    /// run = await client.SubmitToolOutputsAndPollAsync(run.ThreadId, run.Id, outputs);
    /// </code>
    /// </example>
    /// <param name="threadId">ID of the thread.</param>
    /// <param name="runId">ID of the run waiting for the outputs.</param>
    /// <param name="request">One output per pending tool call.</param>
    /// <param name="options">How to poll; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the submission or the wait.</param>
    /// <returns>The first run seen whose status ends the wait.</returns>
    /// <exception cref="RunPollingTimeoutException">The options' timeout elapsed first (the run goes on).</exception>
    /// <exception cref="AssistantsApiException">The submission failed, or polling failed.</exception>
    public virtual async Task<ThreadRun> SubmitToolOutputsAndPollAsync(string threadId, string runId, SubmitToolOutputsRequest request, RunPollingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var run = await SubmitToolOutputsToRunAsync(threadId, runId, request, cancellationToken).ConfigureAwait(false);
        return await WaitCoreAsync(threadId, runId, run, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The polling loop run to its end: the last run it yields (the one that ends the wait).</summary>
    internal async Task<ThreadRun> WaitCoreAsync(string threadId, string runId, ThreadRun? initial, RunPollingOptions? options, CancellationToken cancellationToken)
    {
        ThreadRun? last = null;
        await foreach (var run in new RunPoller(this, threadId, runId, options).PollAsync(initial, cancellationToken).ConfigureAwait(false))
        {
            last = run;
        }

        return last ?? throw new InvalidOperationException("The polling loop ended without a run.");
    }

    private static string ThreadIdOf(ThreadRun run) =>
        !string.IsNullOrEmpty(run.ThreadId) ? run.ThreadId : throw new InvalidOperationException("The API returned a run without thread_id.");

    private static string RunIdOf(ThreadRun run) =>
        !string.IsNullOrEmpty(run.Id) ? run.Id : throw new InvalidOperationException("The API returned a run without id.");
}
