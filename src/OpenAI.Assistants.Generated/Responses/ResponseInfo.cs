using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// What came with a successful response besides its body: the status, the headers, the request id, the server's
/// processing time and the rate limits. Get it for any result a client method returned with <see cref="Of"/>.
/// </summary>
/// <example>
/// <code>
/// var run = await client.GetRunAsync(threadId, runId);
/// var info = ResponseInfo.Of(run);
/// Console.WriteLine($"{info?.RequestId}: {info?.RateLimits.RemainingRequests} requests left");
/// </code>
/// </example>
public sealed class ResponseInfo
{
    private static readonly ConditionalWeakTable<object, ResponseInfo> Attached = new();

    private readonly HttpResponseHeaders _headers;
    private readonly string? _contentType;
    private IReadOnlyDictionary<string, IEnumerable<string>>? _all;
    private RateLimits? _rateLimits;

    internal ResponseInfo(int statusCode, HttpResponseHeaders headers, string? contentType)
    {
        StatusCode = statusCode;
        _headers = headers;
        _contentType = contentType;
    }

    /// <summary>The HTTP status code (2xx).</summary>
    public int StatusCode { get; }

    /// <summary>The <c>x-request-id</c> header: quote it when asking OpenAI about a call.</summary>
    public string? RequestId => Header("x-request-id");

    /// <summary>How long the server says it worked on the request (<c>openai-processing-ms</c>), or null.</summary>
    public TimeSpan? ProcessingTime =>
        double.TryParse(Header("openai-processing-ms"), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0
            ? TimeSpan.FromMilliseconds(ms)
            : null;

    /// <summary>The rate limits the response reported (<c>x-ratelimit-*</c>), parsed.</summary>
    public RateLimits RateLimits => _rateLimits ??= new RateLimits(this);

    /// <summary>The response headers, content headers included, by case-insensitive name.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers => _all ??= CollectHeaders();

    /// <summary>
    /// The response details of a result returned by an <see cref="AssistantsClient"/> method (a run, a page, a deleted
    /// status...), or null for an object that did not come from a response (built in code, or by a test double).
    /// </summary>
    /// <param name="result">The object a client method returned.</param>
    /// <returns>The details of the response that object was read from, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ResponseInfo? Of(object result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        return Attached.TryGetValue(result, out var info) ? info : null;
    }

    /// <summary>The first value of a response header (case-insensitive), or null.</summary>
    /// <param name="name">The header name.</param>
    public string? Header(string name)
    {
        if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
        {
            return _contentType;
        }

        return _headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
    }

    /// <summary>Records the response a result was read from (the pipeline does this within each successful attempt).</summary>
    internal static void Attach(object result, ResponseInfo info)
    {
#if NET5_0_OR_GREATER
        Attached.AddOrUpdate(result, info);
#else
        Attached.Remove(result);
        Attached.Add(result, info);
#endif
    }

    private IReadOnlyDictionary<string, IEnumerable<string>> CollectHeaders()
    {
        var all = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in _headers)
        {
            all[header.Key] = header.Value;
        }

        if (_contentType is not null)
        {
            all["Content-Type"] = new[] { _contentType };
        }

        return all;
    }
}
