using System;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>Waiting and deadlines through a <see cref="TimeProvider"/>, on every target framework.</summary>
internal static class PollingClock
{
    /// <summary>Completes after <paramref name="delay"/> as measured by <paramref name="timeProvider"/>.</summary>
    public static Task DelayAsync(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, timeProvider, cancellationToken);
#else
        timeProvider.Delay(delay, cancellationToken);
#endif

    /// <summary>A source cancelled after <paramref name="delay"/> as measured by <paramref name="timeProvider"/>.</summary>
    public static CancellationTokenSource CancelAfter(TimeProvider timeProvider, TimeSpan delay) =>
#if NET8_0_OR_GREATER
        new(delay, timeProvider);
#else
        timeProvider.CreateCancellationTokenSource(delay);
#endif
}
