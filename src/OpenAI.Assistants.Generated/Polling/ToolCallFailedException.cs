using System;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// A tool-call handler given to <c>RunToCompletionAsync</c> threw. The other calls of the same action were
/// cancelled through their token, nothing was submitted, and the run's cancellation was requested (best effort:
/// see <see cref="CancelRunException"/>). The handler's exception is the <see cref="Exception.InnerException"/>.
/// </summary>
public class ToolCallFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="run">The run whose required action was being answered.</param>
    /// <param name="toolCall">The tool call whose handler failed.</param>
    /// <param name="innerException">What the handler threw.</param>
    /// <param name="cancelRunException">What the request to cancel the run threw, or null when it succeeded.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="cancelRunException"/> is null.</exception>
    public ToolCallFailedException(ThreadRun run, RequiredToolCall toolCall, Exception innerException, Exception? cancelRunException = null)
        : base(BuildMessage(run, toolCall, innerException, cancelRunException), innerException ?? throw new ArgumentNullException(nameof(innerException)))
    {
        Run = run;
        ToolCall = toolCall;
        CancelRunException = cancelRunException;
    }

    /// <summary>The run (status <c>requires_action</c>) whose tool calls were being handled.</summary>
    public ThreadRun Run { get; }

    /// <summary>The tool call whose handler failed.</summary>
    public RequiredToolCall ToolCall { get; }

    /// <summary>The failed tool call's id.</summary>
    public string ToolCallId => ToolCall.Id;

    /// <summary>The name of the function the failed tool call asked for, or null when it has none.</summary>
    public string? FunctionName => ToolCall.Function?.Name;

    /// <summary>
    /// Null when the run's cancellation was requested successfully; otherwise what the cancel request threw (the run
    /// may then still be waiting for outputs until it expires).
    /// </summary>
    public Exception? CancelRunException { get; }

    private static string BuildMessage(ThreadRun run, RequiredToolCall toolCall, Exception? innerException, Exception? cancelRunException)
    {
        if (run is null)
        {
            throw new ArgumentNullException(nameof(run));
        }

        if (toolCall is null)
        {
            throw new ArgumentNullException(nameof(toolCall));
        }

        var outcome = cancelRunException is null
            ? "The run's cancellation was requested."
            : $"Cancelling the run failed too: {cancelRunException.Message}";
        return $"The handler of tool call '{toolCall.Id}' (function '{toolCall.Function?.Name}') of run '{run.Id}' failed: " +
            $"{innerException?.Message} {outcome}";
    }
}
