using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>Runs the handlers of one required action's tool calls concurrently and collects their outputs.</summary>
internal sealed class ToolCallBatch
{
    private readonly Func<RequiredToolCall, CancellationToken, Task<string>> _handler;
    private readonly CancellationTokenSource _batch;
    private readonly object _gate = new();
    private RequiredToolCall? _failedCall;
    private Exception? _failure;

    private ToolCallBatch(Func<RequiredToolCall, CancellationToken, Task<string>> handler, CancellationTokenSource batch)
    {
        _handler = handler;
        _batch = batch;
    }

    /// <summary>
    /// Starts every call's handler at once (each on the thread pool, so a synchronous handler does not hold up the
    /// others) and waits for all of them. When one throws, the others' token is cancelled and the first failure is
    /// returned; the caller's cancellation is thrown as <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <returns>The outputs in the order of <paramref name="calls"/>, or the first failure.</returns>
    public static async Task<(List<ToolOutput>? Outputs, RequiredToolCall? FailedCall, Exception? Failure)> RunAsync(
        IList<RequiredToolCall> calls,
        Func<RequiredToolCall, CancellationToken, Task<string>> handler,
        CancellationToken cancellationToken)
    {
        using var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batch = new ToolCallBatch(handler, source);
        var tasks = new Task<string>[calls.Count];
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            tasks[i] = Task.Run(() => batch.InvokeAsync(call));
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Every task is finished; what matters is recorded in the batch (or is the caller's cancellation).
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (batch._failure is not null)
        {
            return (null, batch._failedCall, batch._failure);
        }

        var outputs = new List<ToolOutput>(calls.Count);
        for (var i = 0; i < calls.Count; i++)
        {
            outputs.Add(new ToolOutput { ToolCallId = calls[i].Id, Output = tasks[i].Result });
        }

        return (outputs, null, null);
    }

    private async Task<string> InvokeAsync(RequiredToolCall call)
    {
        try
        {
            var output = await _handler(call, _batch.Token).ConfigureAwait(false);
            return output ?? throw new InvalidOperationException($"The tool handler returned null for tool call '{call.Id}'; return a string (it may be empty).");
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && _batch.IsCancellationRequested))
        {
            // A cancellation that follows another call's failure or the caller's cancellation is not a failure of its own.
            Fail(call, ex);
            throw;
        }
    }

    private void Fail(RequiredToolCall call, Exception exception)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                return;
            }

            _failedCall = call;
            _failure = exception;
        }

        try
        {
            _batch.Cancel();
        }
        catch (AggregateException)
        {
            // A callback registered on the batch token threw; the handler's failure is what gets reported.
        }
    }
}
