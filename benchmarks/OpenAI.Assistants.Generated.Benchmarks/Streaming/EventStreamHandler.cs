using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>Answers every request at once with the same recorded event stream; no network, no body inspection.</summary>
internal sealed class EventStreamHandler : HttpMessageHandler
{
    private readonly byte[] _body;

    public EventStreamHandler(byte[] body)
    {
        _body = body;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
