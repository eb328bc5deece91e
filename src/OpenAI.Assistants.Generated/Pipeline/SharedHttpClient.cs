using System;
using System.Net.Http;
using System.Threading;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// The one <see cref="HttpClient"/> (and connection pool) shared by every client that does not get one from its
/// caller, so that short-lived clients reuse connections. Pooled connections are replaced every few minutes, so a DNS
/// change is seen. Timeouts are the pipeline's, so the HttpClient has none of its own.
/// </summary>
internal static class SharedHttpClient
{
    /// <summary>How long a pooled connection is used before a new one is opened (so DNS changes are picked up).</summary>
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    private static readonly Lazy<HttpClient> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static HttpClient Instance => Shared.Value;

    private static HttpClient Create()
    {
#pragma warning disable CA2000 // The shared handler lives as long as the process, like the HttpClient that uses it.
#if NET5_0_OR_GREATER
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = PooledConnectionLifetime,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        };
#else
        var handler = new HttpClientHandler();
#endif
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
