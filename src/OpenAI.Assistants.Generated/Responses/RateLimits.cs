using System;
using System.Globalization;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// The rate limits a response reported in its <c>x-ratelimit-*</c> headers: the limits of requests and tokens, what is
/// left of them, and how long until they are restored. A value the response did not carry is null.
/// </summary>
public sealed class RateLimits
{
    internal RateLimits(ResponseInfo response)
    {
        RequestLimit = Integer(response.Header("x-ratelimit-limit-requests"));
        RemainingRequests = Integer(response.Header("x-ratelimit-remaining-requests"));
        RequestsReset = Duration(response.Header("x-ratelimit-reset-requests"));
        TokenLimit = Integer(response.Header("x-ratelimit-limit-tokens"));
        RemainingTokens = Integer(response.Header("x-ratelimit-remaining-tokens"));
        TokensReset = Duration(response.Header("x-ratelimit-reset-tokens"));
    }

    /// <summary>The most requests allowed in the window (<c>x-ratelimit-limit-requests</c>).</summary>
    public long? RequestLimit { get; }

    /// <summary>The requests left in the window (<c>x-ratelimit-remaining-requests</c>).</summary>
    public long? RemainingRequests { get; }

    /// <summary>How long until the request limit is restored (<c>x-ratelimit-reset-requests</c>, e.g. <c>1s</c>, <c>6m0s</c>).</summary>
    public TimeSpan? RequestsReset { get; }

    /// <summary>The most tokens allowed in the window (<c>x-ratelimit-limit-tokens</c>).</summary>
    public long? TokenLimit { get; }

    /// <summary>The tokens left in the window (<c>x-ratelimit-remaining-tokens</c>).</summary>
    public long? RemainingTokens { get; }

    /// <summary>How long until the token limit is restored (<c>x-ratelimit-reset-tokens</c>).</summary>
    public TimeSpan? TokensReset { get; }

    /// <summary>
    /// A duration as the API writes it: numbers with the units <c>h</c>, <c>m</c>, <c>s</c>, <c>ms</c> (also
    /// <c>us</c>/<c>µs</c>, <c>ns</c>) one after the other, e.g. <c>1h2m3.5s</c>, <c>20ms</c>; a bare number is seconds.
    /// Null when the text is missing or not of that form.
    /// </summary>
    internal static TimeSpan? Duration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text!.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bare))
        {
            return bare >= 0 ? TimeSpan.FromSeconds(bare) : null;
        }

        double total = 0;
        var i = 0;
        while (i < value.Length)
        {
            var start = i;
            while (i < value.Length && (char.IsDigit(value[i]) || value[i] == '.'))
            {
                i++;
            }

            if (i == start || !double.TryParse(value.Substring(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            var unitStart = i;
            while (i < value.Length && !char.IsDigit(value[i]) && value[i] != '.')
            {
                i++;
            }

            var seconds = value.Substring(unitStart, i - unitStart) switch
            {
                "h" => 3600.0,
                "m" => 60.0,
                "s" => 1.0,
                "ms" => 1e-3,
                "us" or "µs" => 1e-6,
                "ns" => 1e-9,
                _ => double.NaN,
            };
            if (double.IsNaN(seconds))
            {
                return null;
            }

            total += number * seconds;
        }

        return TimeSpan.FromTicks((long)Math.Round(total * TimeSpan.TicksPerSecond));
    }

    private static long? Integer(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
