using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>A request as the network would have seen it.</summary>
internal sealed record Recorded(Uri Uri, Dictionary<string, string> Headers);

/// <summary>Stands in for the network: records each request and answers with a fixed body (or hangs).</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly string _body;

    public RecordingHandler(string body) => _body = body;

    public bool Hang { get; init; }

    public List<Recorded> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(new Recorded(request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(" ", h.Value))));
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(_body, Encoding.UTF8, "application/json") };
    }
}
