using System;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// How <see cref="AssistantsClient.WaitForRunAsync"/>, <see cref="AssistantsClient.WatchRunAsync"/>, the
/// <c>...AndPollAsync</c> methods and <c>RunToCompletionAsync</c> poll a run. One instance may be shared by
/// concurrent polls; invalid values are rejected when set.
/// </summary>
public sealed class RunPollingOptions
{
    /// <summary>The largest interval or timeout accepted (about 24.8 days).</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMilliseconds(int.MaxValue);

    private TimeSpan _pollInterval = TimeSpan.FromSeconds(1);
    private TimeSpan? _timeout;
    private int _maxConsecutiveErrors = 3;
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>
    /// The wait between two polls. Default: 1 second. When a GetRun response carries the
    /// <c>openai-poll-after-ms</c> header, its value (at least 100 ms, at most 60 s) is used for the next wait instead.
    /// No wait goes past <see cref="Timeout"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or exceeds <see cref="MaxDuration"/>.</exception>
    public TimeSpan PollInterval
    {
        get => _pollInterval;
        set => _pollInterval = value > TimeSpan.Zero && value <= MaxDuration
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PollInterval), value, "PollInterval must be positive (and at most MaxDuration).");
    }

    /// <summary>
    /// How long one wait may last, measured from its start, before it fails with a
    /// <see cref="RunPollingTimeoutException"/> that carries the last run seen. Null (the default) or
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> means no limit. The run itself goes on: the timeout
    /// does not cancel it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or exceeds <see cref="MaxDuration"/>.</exception>
    public TimeSpan? Timeout
    {
        get => _timeout;
        set => _timeout = value is not { } timeout || timeout == System.Threading.Timeout.InfiniteTimeSpan
            ? null
            : timeout > TimeSpan.Zero && timeout <= MaxDuration
                ? timeout
                : throw new ArgumentOutOfRangeException(nameof(Timeout), value, "Timeout must be positive (and at most MaxDuration), or null for none.");
    }

    /// <summary>
    /// How many polls in a row may fail with a transient error (an <see cref="AssistantsApiException"/> whose
    /// <see cref="AssistantsApiException.IsTransient"/> is true: 408, 409, 429, 5xx, a network failure or a timeout),
    /// after the client's own retries of each GetRun, before polling gives up and rethrows the last error. Default: 3,
    /// so two failed polls are retried (after the server's <c>Retry-After</c>, or the interval doubled for each
    /// failure in a row) and the third is thrown. 1 means no retry. A successful poll resets the count.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxConsecutiveErrors
    {
        get => _maxConsecutiveErrors;
        set => _maxConsecutiveErrors = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxConsecutiveErrors), value, "MaxConsecutiveErrors must be at least 1.");
    }

    /// <summary>
    /// Called with the run each time its status differs from the last one seen (the first run seen included), before
    /// the run is returned or yielded. It runs on the polling loop: keep it short; what it throws ends the poll.
    /// </summary>
    public Action<ThreadRun>? OnStatusChanged { get; set; }

    /// <summary>The clock for waits and timeouts. Default: <see cref="TimeProvider.System"/>; tests may pass a fake one.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(TimeProvider));
    }
}
