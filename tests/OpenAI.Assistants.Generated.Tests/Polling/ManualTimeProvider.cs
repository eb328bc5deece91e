using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// A clock that only moves when the test says so. Timers are fired in due order by <see cref="RunAsync{T}"/>
/// while the code under test is waiting, so a test of minutes of polling runs in milliseconds.
/// </summary>
/// <remarks>
/// Timers created for a <see cref="CancellationTokenSource"/> (deadlines) are told apart from waits (Task.Delay):
/// the clock only moves while at least one wait is pending, i.e. while the code under test is idle, never while it
/// is in the middle of a request. With concurrent flows, see <see cref="UntilWaitingAsync"/>.
/// </remarks>
internal sealed class ManualTimeProvider : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2024, 4, 15, 10, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = new();
    private readonly List<TimeSpan> _waits = new();
    private TimeSpan _elapsed;
    private long _sequence;

    /// <summary>
    /// When a wait and a deadline are due at the same instant, fire the wait first (as two real timers may, a moment
    /// apart). By default the timer created first fires first, which for a deadline set before the wait is the deadline.
    /// </summary>
    public bool WaitsFirstOnTies { get; set; }

    /// <summary>Virtual time since the provider was created.</summary>
    public TimeSpan Elapsed
    {
        get { lock (_gate) { return _elapsed; } }
    }

    /// <summary>The length of every wait (Task.Delay) requested so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_gate) { return _waits.ToList(); } }
    }

    /// <summary>How many waits (not deadlines) are pending: the code under test is idle when it is at least one per flow.</summary>
    public int PendingWaits
    {
        get { lock (_gate) { return _timers.Count(t => t.Due is not null && !t.IsDeadline); } }
    }

    public override DateTimeOffset GetUtcNow() => Start + Elapsed;

    public override long GetTimestamp() => Elapsed.Ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state, isDeadline: state is CancellationTokenSource);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Fires timers in due order whenever the code under test waits, until <paramref name="task"/> completes.
    /// Fails the test after 10 real seconds (a hang).
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await RunAsync((Task)task);
        return await task;
    }

    /// <inheritdoc cref="RunAsync{T}(Task{T})"/>
    public async Task RunAsync(Task task)
    {
        var watch = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"The code under test did not finish (virtual time {Elapsed}).");
            }

            if (!FireNext())
            {
                await Task.Delay(1);
            }
        }

        await task;
    }

    /// <summary>
    /// Waits (in real time, briefly) until <paramref name="count"/> waits are pending on this clock. With several
    /// concurrent flows, call it before <see cref="RunAsync(Task)"/> so that no flow is still busy when the clock moves.
    /// </summary>
    public async Task UntilWaitingAsync(int count = 1)
    {
        var watch = Stopwatch.StartNew();
        while (PendingWaits < count)
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException("The code under test never waited.");
            }

            await Task.Delay(1);
        }
    }

    /// <summary>When something waits, moves the clock to the earliest pending timer and fires it.</summary>
    private bool FireNext()
    {
        ManualTimer? next;
        lock (_gate)
        {
            if (!_timers.Any(t => t.Due is not null && !t.IsDeadline))
            {
                return false;
            }

            next = _timers.Where(t => t.Due is not null).OrderBy(t => t.Due).ThenBy(t => WaitsFirstOnTies && t.IsDeadline).ThenBy(t => t.Sequence).First();
            if (next.Due > _elapsed)
            {
                _elapsed = next.Due!.Value;
            }

            next.Due = next.Period is { } period && period > TimeSpan.Zero ? _elapsed + period : null;
        }

        next.Fire();
        return true;
    }

    private sealed class ManualTimer : ITimer
    {
        private readonly ManualTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;

        public ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state, bool isDeadline)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
            IsDeadline = isDeadline;
            Sequence = Interlocked.Increment(ref owner._sequence);
        }

        public bool IsDeadline { get; }

        public long Sequence { get; }

        /// <summary>Virtual time at which the timer fires next; null when inactive.</summary>
        public TimeSpan? Due { get; set; }

        public TimeSpan? Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_owner._gate)
            {
                if (!_owner._timers.Contains(this))
                {
                    return false;
                }

                Due = dueTime == Timeout.InfiniteTimeSpan ? null : _owner._elapsed + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? null : period;
                if (!IsDeadline && dueTime != Timeout.InfiniteTimeSpan)
                {
                    _owner._waits.Add(dueTime);
                }
            }

            return true;
        }

        public void Fire() => _callback(_state);

        public void Dispose()
        {
            lock (_owner._gate)
            {
                _owner._timers.Remove(this);
                Due = null;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
