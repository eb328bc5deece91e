using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.Tests.Streaming;

/// <summary>A request the stub received: what went on the wire.</summary>
internal sealed record SentRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);

/// <summary>
/// Answers every request with a fixed response body (an event stream by default), optionally holding the stream
/// open after the body as a live connection would, and records what was sent.
/// </summary>
internal sealed class SseStubHandler : HttpMessageHandler
{
    private readonly string _body;
    private readonly string _contentType;
    private readonly HttpStatusCode _status;

    public SseStubHandler(string body, string contentType = "text/event-stream", HttpStatusCode status = HttpStatusCode.OK)
    {
        _body = body;
        _contentType = contentType;
        _status = status;
    }

    /// <summary>When set, the stream does not end after the body: reads wait until cancelled.</summary>
    public bool KeepOpen { get; init; }

    public List<SentRequest> Requests { get; } = new();

    /// <summary>The response stream handed out, to check that it was disposed.</summary>
    public HangingStream? Stream { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new SentRequest(request.Method, request.RequestUri!, headers, body));

        Stream = new HangingStream(Encoding.UTF8.GetBytes(_body), KeepOpen);
        var content = new StreamContent(Stream);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(_contentType);
        var response = new HttpResponseMessage(_status) { Content = content, RequestMessage = request };
        response.Headers.Add("x-request-id", "req_stub");
        return response;
    }
}

/// <summary>Serves its bytes, then either ends or (like an open connection) waits for more until cancelled.</summary>
internal sealed class HangingStream : Stream
{
    private readonly byte[] _data;
    private readonly bool _keepOpen;
    private int _position;

    public HangingStream(byte[] data, bool keepOpen)
    {
        _data = data;
        _keepOpen = keepOpen;
    }

    public bool Disposed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        await ReadAsync(buffer.AsMemory(offset, count), cancellationToken);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < _data.Length)
        {
            var count = Math.Min(buffer.Length, _data.Length - _position);
            _data.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        if (_keepOpen)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
