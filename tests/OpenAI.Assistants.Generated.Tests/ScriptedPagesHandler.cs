using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Web;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// Stands in for the network during pagination tests: answers the n-th request with the n-th scripted body, records
/// each request's URI, and fails the test on a request nobody scripted (so a loop that does not stop fails fast).
/// </summary>
internal sealed class ScriptedPagesHandler : HttpMessageHandler
{
    private readonly string[] _bodies;

    public ScriptedPagesHandler(params string[] bodies) => _bodies = bodies;

    /// <summary>The 1-based number of a request that never answers (until cancelled); null for none.</summary>
    public int? HangOnRequest { get; init; }

    public List<Uri> Requests { get; } = new();

    /// <summary>The query parameters of the request with this 0-based index.</summary>
    public NameValueCollection Query(int index) => HttpUtility.ParseQueryString(Requests[index].Query);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Add(request.RequestUri!);
        if (Requests.Count > _bodies.Length)
        {
            throw new AssertionException($"Unexpected request #{Requests.Count} (only {_bodies.Length} scripted): {request.RequestUri}");
        }

        if (HangOnRequest == Requests.Count)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }

        var body = _bodies[Requests.Count - 1];
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
