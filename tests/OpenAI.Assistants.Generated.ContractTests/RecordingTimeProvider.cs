using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// The system clock, except that every wait (a Task.Delay through this provider) is recorded and lasts about a
/// millisecond of real time: a test sees what the polling loop asked for without sleeping through it. Deadlines
/// (timers of a <see cref="CancellationTokenSource"/>) keep their real duration.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    /// <summary>The waits asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits => _waits.ToList();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (state is CancellationTokenSource || dueTime == Timeout.InfiniteTimeSpan)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        _waits.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.FromMilliseconds(1), period);
    }
}
