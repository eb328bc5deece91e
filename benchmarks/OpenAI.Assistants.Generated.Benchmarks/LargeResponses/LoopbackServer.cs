using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with one fixed JSON body (keep-alive, with
/// Content-Length), so a benchmark measures the client end to end over a real socket without a server framework's
/// own allocations in the same process.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly byte[] _response;
    private readonly CancellationTokenSource _stop = new();

    public LoopbackServer(byte[] body)
    {
        var head = System.Text.Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nx-request-id: req_bench\r\n\r\n");
        _response = new byte[head.Length + body.Length];
        Buffer.BlockCopy(head, 0, _response, 0, head.Length);
        Buffer.BlockCopy(body, 0, _response, head.Length, body.Length);
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var buffer = new byte[16 * 1024];
            var seen = 0; // bytes of "\r\n\r\n" matched so far; requests here have no body
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    for (var i = 0; i < read; i++)
                    {
                        seen = buffer[i] == (seen % 2 == 0 ? (byte)'\r' : (byte)'\n') ? seen + 1 : (buffer[i] == '\r' ? 1 : 0);
                        if (seen == 4)
                        {
                            seen = 0;
                            await stream.WriteAsync(_response, _stop.Token);
                        }
                    }
                }
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
            catch (System.IO.IOException)
            {
            }
        }
    }
}
