using System;
using System.Threading;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// A cancellation that fires after a delay measured by a <see cref="TimeProvider"/> (so tests can use a fake clock on
/// every target framework), linked to the caller's token. <see cref="Restart"/> re-arms it: an idle timeout.
/// </summary>
internal sealed class Deadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _outer;
    private readonly ITimer _timer;

    public Deadline(TimeProvider timeProvider, TimeSpan limit, CancellationToken outer)
    {
        Limit = limit;
        _outer = outer;
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        // The timer's state is the source it cancels, as with .NET's own CancelAfter, so that a test clock can tell a
        // deadline from a wait.
        _timer = timeProvider.CreateTimer(static state => Expire((CancellationTokenSource)state!), _source, limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The delay after which the token is cancelled.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Cancelled when the deadline passes or the caller's token is cancelled.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the deadline passed (as opposed to the caller cancelling).</summary>
    public bool Expired => _source.IsCancellationRequested && !_outer.IsCancellationRequested;

    /// <summary>Starts the delay again from now (after an event of a stream, say).</summary>
    public void Restart() => _timer.Change(Limit, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _timer.Dispose();
        _source.Dispose();
    }

    private static void Expire(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the call ended as the timer fired
        }
    }
}
