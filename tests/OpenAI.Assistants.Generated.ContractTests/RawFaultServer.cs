using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// A loopback TCP server for the network faults that WireMock.Net cannot produce, because WireMock.Net (ASP.NET Core's
/// Kestrel underneath) always answers with well-formed HTTP: a connection reset by the peer, bytes that are not HTTP,
/// and a response whose headers arrive but whose body never does. It listens on <c>127.0.0.1</c> on a port the system
/// picks and plays a script: the n-th connection gets the n-th <see cref="RawBehaviour"/> (the last one repeats for
/// any further connection). Every behaviour first reads the whole request (head and <c>Content-Length</c> body), so
/// a fault always happens after the request was sent, and counts it in <see cref="Requests"/>.
/// </summary>
/// <remarks>
/// Answers carry <c>Connection: close</c> and the server closes the connection after each behaviour, so every request
/// of a client arrives on a connection of its own and meets the next step of the script.
/// </remarks>
public sealed class RawFaultServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly IReadOnlyList<RawBehaviour> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentDictionary<int, Socket> _open = new();
    private readonly Task _acceptLoop;
    private int _connections;

    private RawFaultServer(TcpListener listener, IReadOnlyList<RawBehaviour> script)
    {
        _listener = listener;
        _script = script;
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The port the server listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The request lines (<c>GET /v1/... HTTP/1.1</c>) of the requests read in full, in arrival order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    /// <summary>Starts the server with its script: one behaviour per connection, in order; the last one repeats.</summary>
    /// <param name="script">At least one behaviour.</param>
    public static RawFaultServer Start(params RawBehaviour[] script)
    {
        if (script.Length == 0)
        {
            throw new ArgumentException("A script needs at least one behaviour.", nameof(script));
        }

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new RawFaultServer(listener, script);
    }

    /// <summary>
    /// An address where nothing listens: a port the system handed out and that was closed again at once, so a
    /// connection attempt is refused (the request is never sent).
    /// </summary>
    public static string RefusingBaseUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>Stops listening and closes every connection still open (a stalled one included).</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var socket in _open.Values)
        {
            socket.Dispose();
        }

        try
        {
            _acceptLoop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the loop ends with the listener
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var index = Interlocked.Increment(ref _connections) - 1;
            _open[index] = socket;
            _ = Task.Run(() => ServeAsync(socket, index, _script[Math.Min(index, _script.Count - 1)]));
        }
    }

    private async Task ServeAsync(Socket socket, int index, RawBehaviour behaviour)
    {
        try
        {
            var requestLine = await ReadRequestAsync(socket, _stop.Token);
            if (requestLine is null)
            {
                return; // the client closed the connection without a request (a pooled connection given up)
            }

            _requests.Enqueue(requestLine);
            await behaviour.PlayAsync(socket, _stop.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // the client went away, or the server is stopping
        }
        finally
        {
            _open.TryRemove(index, out _);
            socket.Dispose();
        }
    }

    /// <summary>Reads one request (head and <c>Content-Length</c> body) and returns its request line, or null at end of stream.</summary>
    private static async Task<string?> ReadRequestAsync(Socket socket, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        var headEnd = -1;
        while (headEnd < 0)
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                return null;
            }

            received.AddRange(buffer.Take(read));
            headEnd = IndexOfBlankLine(received);
        }

        var head = Encoding.ASCII.GetString(received.ToArray(), 0, headEnd);
        var lines = head.Split("\r\n");
        var length = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(parts => int.Parse(parts[1].Trim(), CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var bodyReceived = received.Count - (headEnd + 4);
        while (bodyReceived < length)
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                return null;
            }

            bodyReceived += read;
        }

        return lines[0];
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
