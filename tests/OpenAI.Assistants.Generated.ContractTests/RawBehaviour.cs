using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>What <see cref="RawFaultServer"/> does on one connection once it has read the request.</summary>
public abstract class RawBehaviour
{
    private RawBehaviour(string description)
    {
        Description = description;
    }

    /// <summary>A short description for test names and reports.</summary>
    public string Description { get; }

    /// <summary>
    /// Closes the connection with a TCP reset (RST) instead of an orderly close: <c>SO_LINGER</c> on with a zero
    /// timeout, then close. The client sees "connection reset by peer" while it waits for the response.
    /// </summary>
    public static RawBehaviour Reset { get; } = new ResetBehaviour();

    /// <summary>
    /// Sends 512 bytes that are not HTTP (a fixed pseudo-random sequence, so every run sends the same bytes), then
    /// closes the connection.
    /// </summary>
    public static RawBehaviour RandomData { get; } = new RandomDataBehaviour();

    /// <summary>
    /// Sends a status line and headers announcing a body of <paramref name="contentLength"/> bytes, then nothing: the
    /// connection stays open, silent, until the server is disposed.
    /// </summary>
    /// <param name="status">The status code, e.g. 200.</param>
    /// <param name="contentType">The <c>Content-Type</c> header.</param>
    /// <param name="contentLength">The <c>Content-Length</c> header (no byte of the body is ever sent).</param>
    public static RawBehaviour HeadersThenStall(int status, string contentType, int contentLength = 4096) =>
        new StallBehaviour(status, contentType, contentLength);

    /// <summary>Sends a complete response with <c>Connection: close</c> and a <c>Content-Length</c>, then closes.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="contentType">The <c>Content-Type</c> header.</param>
    /// <param name="body">The body.</param>
    /// <param name="headers">More headers, e.g. <c>x-request-id</c>.</param>
    public static RawBehaviour Respond(int status, string contentType, byte[] body, IReadOnlyDictionary<string, string>? headers = null) =>
        new RespondBehaviour(status, contentType, body, headers ?? new Dictionary<string, string>());

    /// <inheritdoc />
    public override string ToString() => Description;

    internal abstract Task PlayAsync(Socket socket, CancellationToken cancellationToken);

    private static byte[] Head(int status, IEnumerable<KeyValuePair<string, string>> headers)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {Reason(status)}\r\n");
        foreach (var header in headers)
        {
            text.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(text.Append("\r\n").ToString());
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        _ => ((HttpStatusCode)status).ToString(),
    };

    private sealed class ResetBehaviour : RawBehaviour
    {
        public ResetBehaviour()
            : base("reset")
        {
        }

        internal override Task PlayAsync(Socket socket, CancellationToken cancellationToken)
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
            return Task.CompletedTask;
        }
    }

    private sealed class RandomDataBehaviour : RawBehaviour
    {
        public RandomDataBehaviour()
            : base("random data")
        {
        }

        internal override async Task PlayAsync(Socket socket, CancellationToken cancellationToken)
        {
            var bytes = new byte[512];
            new Random(9).NextBytes(bytes);
            await socket.SendAsync(bytes, SocketFlags.None, cancellationToken);
            socket.Shutdown(SocketShutdown.Both);
        }
    }

    private sealed class StallBehaviour : RawBehaviour
    {
        private readonly int _status;
        private readonly string _contentType;
        private readonly int _contentLength;

        public StallBehaviour(int status, string contentType, int contentLength)
            : base($"{status} headers, then a stalled body")
        {
            _status = status;
            _contentType = contentType;
            _contentLength = contentLength;
        }

        internal override async Task PlayAsync(Socket socket, CancellationToken cancellationToken)
        {
            var head = Head(_status, new Dictionary<string, string>
            {
                ["Content-Type"] = _contentType,
                ["Content-Length"] = _contentLength.ToString(CultureInfo.InvariantCulture),
            });
            await socket.SendAsync(head, SocketFlags.None, cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private sealed class RespondBehaviour : RawBehaviour
    {
        private readonly int _status;
        private readonly string _contentType;
        private readonly byte[] _body;
        private readonly IReadOnlyDictionary<string, string> _headers;

        public RespondBehaviour(int status, string contentType, byte[] body, IReadOnlyDictionary<string, string> headers)
            : base($"{status} {contentType}")
        {
            _status = status;
            _contentType = contentType;
            _body = body;
            _headers = headers;
        }

        internal override async Task PlayAsync(Socket socket, CancellationToken cancellationToken)
        {
            var headers = new Dictionary<string, string>(_headers)
            {
                ["Content-Type"] = _contentType,
                ["Content-Length"] = _body.Length.ToString(CultureInfo.InvariantCulture),
                ["Connection"] = "close",
            };
            await socket.SendAsync(Head(_status, headers).Concat(_body).ToArray(), SocketFlags.None, cancellationToken);
            socket.Shutdown(SocketShutdown.Both);
        }
    }
}
