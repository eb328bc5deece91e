using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.Tests.DependencyInjection;

/// <summary>
/// Stands in for the network as the primary handler of a factory-made HttpClient: records each request as it arrived
/// (after every handler of the factory's chain) and answers with the queued responses, then with a thread.
/// </summary>
internal sealed class StubApi : HttpMessageHandler
{
    public const string ThreadJson = """{"id":"thread_abc123","object":"thread","created_at":1713175260,"metadata":{}}""";

    private readonly Queue<Func<HttpResponseMessage>> _script = new();
    private readonly List<Recorded> _requests = new();

    public IReadOnlyList<Recorded> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>Answers the next request with <paramref name="status"/>, an empty JSON object and the given headers.</summary>
    public StubApi ThenAnswer(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        lock (_requests)
        {
            _script.Enqueue(() =>
            {
                var response = new HttpResponseMessage(status) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
                foreach (var (name, value) in headers)
                {
                    response.Headers.TryAddWithoutValidation(name, value);
                }

                return response;
            });
        }

        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Func<HttpResponseMessage>? next;
        lock (_requests)
        {
            _requests.Add(new Recorded(request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(" ", h.Value))));
            _script.TryDequeue(out next);
        }

        var response = next?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ThreadJson, Encoding.UTF8, "application/json") };
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
