using System;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// A wait for a run exceeded <see cref="RunPollingOptions.Timeout"/>. The run goes on on the server: cancel it
/// with <see cref="AssistantsClient.CancelRunAsync"/> if it is no longer wanted, or wait again.
/// </summary>
public class RunPollingTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="threadId">The run's thread.</param>
    /// <param name="runId">The run.</param>
    /// <param name="timeout">The timeout that was exceeded.</param>
    /// <param name="lastRun">The last run seen, or null when no poll succeeded.</param>
    /// <param name="innerException">The cancellation that stopped the wait, if any.</param>
    public RunPollingTimeoutException(string threadId, string runId, TimeSpan timeout, ThreadRun? lastRun, Exception? innerException = null)
        : base(
            $"Run '{runId}' of thread '{threadId}' did not reach requires_action or a final status within {timeout} " +
            $"(last status seen: {(lastRun is null ? "none" : lastRun.Status.Value)}). The run was not cancelled.",
            innerException)
    {
        ThreadId = threadId;
        RunId = runId;
        Timeout = timeout;
        LastRun = lastRun;
    }

    /// <summary>The run's thread.</summary>
    public string ThreadId { get; }

    /// <summary>The run that was being waited for.</summary>
    public string RunId { get; }

    /// <summary>The timeout that was exceeded.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The last run seen before the timeout, or null when no poll succeeded.</summary>
    public ThreadRun? LastRun { get; }
}
