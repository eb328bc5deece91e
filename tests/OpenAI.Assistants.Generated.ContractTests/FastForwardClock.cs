using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that <see cref="RunAsync{T}"/> moves forward to the end of each wait as soon as
/// the wait starts: a call that waits 500 ms and then 1 s between attempts returns at once, with the clock 1.5 s
/// later and <see cref="Waits"/> saying what was asked for. The clock moves only then, never while a request is on
/// the wire, so "now" is the same for every attempt before the first wait (what an HTTP-date <c>Retry-After</c> is
/// measured against).
/// </summary>
/// <remarks>
/// Every timer started on this clock counts as a wait, so a client under test must not start others on it (no
/// <c>RequestTimeout</c>, no <c>StreamIdleTimeout</c>, no polling timeout): those would be fast-forwarded too.
/// </remarks>
internal sealed class FastForwardClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    /// <summary>A clock that starts at <paramref name="start"/>.</summary>
    public FastForwardClock(DateTimeOffset start)
        : base(start)
    {
        Started = start;
    }

    /// <summary>Where the clock started.</summary>
    public DateTimeOffset Started { get; }

    /// <summary>The waits started on this clock (timers with a finite due time), in order.</summary>
    public IReadOnlyList<TimeSpan> Waits => _waits.ToList();

    /// <summary>How far the clock has moved since it started.</summary>
    public TimeSpan Moved => GetUtcNow() - Started;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime > TimeSpan.Zero)
        {
            _waits.Enqueue(dueTime);
            _started.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Runs <paramref name="call"/>, moving the clock to the end of each wait it starts, until it completes.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        var task = Task.Run(call);
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, _started.Reader.WaitToReadAsync().AsTask());
            while (_started.Reader.TryRead(out var wait))
            {
                Advance(wait);
            }
        }

        return await task;
    }
}
