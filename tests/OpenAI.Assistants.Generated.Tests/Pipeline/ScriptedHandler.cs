using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>A request as it reached the network: method, URI, headers and body text.</summary>
internal sealed record SentRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);

/// <summary>Stands in for the network: answers each request with the next scripted step (the last one repeats).</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] _steps;
    private readonly List<SentRequest> _sent = new();

    public ScriptedHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps) => _steps = steps;

    public IReadOnlyList<SentRequest> Sent
    {
        get { lock (_sent) { return _sent.ToList(); } }
    }

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Json(int status, string body, params (string Name, string Value)[] headers) =>
        (_, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Content(int status, HttpContent content) =>
        (_, _) => Task.FromResult(new HttpResponseMessage((HttpStatusCode)status) { Content = content });

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Throw(Func<Exception> exception) =>
        (_, _) => Task.FromException<HttpResponseMessage>(exception());

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        int index;
        lock (_sent)
        {
            _sent.Add(new SentRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(" ", h.Value)), body));
            index = Math.Min(_sent.Count - 1, _steps.Length - 1);
        }

        var response = await _steps[index](request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
