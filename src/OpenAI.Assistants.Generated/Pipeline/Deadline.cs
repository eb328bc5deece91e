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
    private readonly ITimer _timer;
    private int _expired;

    public Deadline(TimeProvider timeProvider, TimeSpan limit, CancellationToken outer)
    {
        Limit = limit;
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _timer = timeProvider.CreateTimer(static state => ((Deadline)state!).Expire(), this, limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The delay after which the token is cancelled.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Cancelled when the deadline passes or the caller's token is cancelled.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the deadline passed (as opposed to the caller cancelling).</summary>
    public bool Expired => Volatile.Read(ref _expired) == 1;

    /// <summary>Starts the delay again from now (after an event of a stream, say).</summary>
    public void Restart() => _timer.Change(Limit, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _timer.Dispose();
        _source.Dispose();
    }

    private void Expire()
    {
        Volatile.Write(ref _expired, 1);
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the call ended as the timer fired
        }
    }
}
