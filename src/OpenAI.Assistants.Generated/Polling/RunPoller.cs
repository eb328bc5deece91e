using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// The one polling loop behind every polling helper: GetRun until the status ends the wait
/// (<see cref="RunStatus.EndsWait"/>), yielding each status change.
/// </summary>
internal sealed class RunPoller
{
    private readonly AssistantsClient _client;
    private readonly string _threadId;
    private readonly string _runId;
    private readonly RunPollingOptions _options;

    public RunPoller(AssistantsClient client, string threadId, string runId, RunPollingOptions? options)
    {
        _client = client;
        _threadId = threadId;
        _runId = runId;
        _options = options ?? new RunPollingOptions();
    }

    /// <summary>
    /// Yields the run each time its status changes, ending after a run whose status ends the wait.
    /// </summary>
    /// <param name="initial">
    /// A run already in hand (from create or submit), reported as the first status; the first GetRun then comes after
    /// the interval. Null: the first GetRun is sent at once.
    /// </param>
    /// <param name="cancellationToken">The caller's token; honoured during waits and requests.</param>
    /// <exception cref="RunPollingTimeoutException">The options' timeout elapsed first.</exception>
    public async IAsyncEnumerable<ThreadRun> PollAsync(ThreadRun? initial, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var clock = _options.TimeProvider;
        var started = clock.GetTimestamp();
        using var deadline = _options.Timeout is { } timeout ? PollingClock.CancelAfter(clock, timeout) : null;
        using var linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var token = linked?.Token ?? cancellationToken;

        var last = initial;
        RunStatus? reported = null;
        TimeSpan? wait = null;
        var failures = 0;

        if (initial is not null)
        {
            reported = initial.Status;
            _options.OnStatusChanged?.Invoke(initial);
            yield return initial;
            if (initial.Status.EndsWait)
            {
                yield break;
            }

            wait = PollAfter.Of(initial) ?? _options.PollInterval;
        }

        while (true)
        {
            ThreadRun? polled = null;
            var timeUp = false;
            try
            {
                if (wait is { } delay)
                {
                    await PollingClock.DelayAsync(clock, Capped(delay, started, out timeUp), token).ConfigureAwait(false);
                }

                if (!timeUp)
                {
                    polled = await _client.GetRunAsync(_threadId, _runId, token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException ex) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
            {
                throw new RunPollingTimeoutException(_threadId, _runId, _options.Timeout!.Value, last, ex);
            }
            catch (Exception ex) when (failures + 1 < _options.MaxConsecutiveErrors && IsTransient(ex, token))
            {
                failures++;
                wait = FailureWait(ex, failures);
                continue;
            }

            if (polled is not { } run)
            {
                // The wait was cut to the time left and has ended: the timeout is reached, though its own timer may
                // fire a moment later. No poll is sent that it would cancel in flight.
                throw new RunPollingTimeoutException(_threadId, _runId, _options.Timeout!.Value, last);
            }

            failures = 0;
            last = run;
            if (reported is not { } previous || previous != run.Status)
            {
                reported = run.Status;
                _options.OnStatusChanged?.Invoke(run);
                yield return run;
            }

            if (run.Status.EndsWait)
            {
                yield break;
            }

            wait = PollAfter.Of(run) ?? _options.PollInterval;
        }
    }

    /// <summary>The longest wait between polls, whatever <c>openai-poll-after-ms</c> or <c>Retry-After</c> ask for.</summary>
    internal static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The wait after a failed poll: the server's <c>retry-after-ms</c> or <c>Retry-After</c> (429, 503) when present and
    /// reasonable, otherwise the poll interval doubled for each failure in a row (up to 8 s, or the interval if longer).
    /// </summary>
    private TimeSpan FailureWait(Exception exception, int failures)
    {
        if (exception is AssistantsApiException api
            && RetryRules.ServerHint(api.Header("retry-after-ms"), api.Header("Retry-After"), _options.TimeProvider.GetUtcNow()) is { } hint)
        {
            return hint;
        }

        var interval = _options.PollInterval;
        var ceiling = interval > RetryRules.MaxBackoff ? interval : RetryRules.MaxBackoff;
        var doubled = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * Math.Pow(2, Math.Min(failures - 1, 16)), ceiling.Ticks));
        return doubled;
    }

    /// <summary>
    /// A wait cut to <see cref="MaxWait"/> and to what is left of the options' timeout; <paramref name="timeUp"/> says
    /// that it runs to the end of the timeout (so no poll follows it).
    /// </summary>
    private TimeSpan Capped(TimeSpan wait, long started, out bool timeUp)
    {
        timeUp = false;
        if (wait > MaxWait)
        {
            wait = MaxWait;
        }

        if (_options.Timeout is { } timeout)
        {
            var left = timeout - _options.TimeProvider.GetElapsedTime(started);
            if (left <= wait)
            {
                timeUp = true;
                wait = left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }

        return wait;
    }

    /// <summary>
    /// Whether a failed poll may be retried: the API says it is transient (408, 409, 429, 5xx), the network failed,
    /// the per-request timeout fired, or HttpClient's own timeout cancelled it (a cancellation that is not ours).
    /// </summary>
    private static bool IsTransient(Exception exception, CancellationToken token) => exception switch
    {
        AssistantsApiException api => api.IsTransient && RetryRules.ShouldRetryHeader(api.Header("x-should-retry")) != false,
        HttpRequestException => true,
        TimeoutException => true,
        OperationCanceledException => !token.IsCancellationRequested,
        _ => false,
    };
}
