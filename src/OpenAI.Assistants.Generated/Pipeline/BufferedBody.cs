using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// A response body read into memory within the attempt that received it, so that the attempt's timeout covers it and
/// a body cut by the network is a failure of that attempt (and retried like one). The bytes are parsed as a stream.
/// </summary>
internal sealed class BufferedBody : ByteArrayContent
{
    private readonly byte[] _bytes;
    private readonly int _length;

    private BufferedBody(byte[] bytes, int length, bool truncated)
        : base(bytes, 0, length)
    {
        _bytes = bytes;
        _length = length;
        Truncated = truncated;
    }

    /// <summary>The body read as the operation's result type within the attempt, or null.</summary>
    public object? Parsed { get; set; }

    /// <summary>Whether the server sent more than was kept (error bodies keep a bounded prefix).</summary>
    public bool Truncated { get; }

    /// <summary>A reader buffer no larger than the body (small bodies are the common case), at most 4 K.</summary>
    public int ReaderBufferSize => Math.Min(Math.Max(_length, 128), 4096);

    /// <summary>Reads the body as JSON of <paramref name="type"/> with the client's serializer, as a stream (never one string).</summary>
    /// <exception cref="Newtonsoft.Json.JsonException">The body is not JSON of that shape.</exception>
    public object? Deserialize(Type type)
    {
        using var reader = new StreamReader(OpenRead(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: ReaderBufferSize);
        using var json = new Newtonsoft.Json.JsonTextReader(reader) { ArrayPool = JsonCharPool.Instance };
        return AssistantsJson.Serializer.Deserialize(json, type);
    }

    /// <summary>The body's bytes as a read-only stream (no copy).</summary>
    public Stream OpenRead() => new MemoryStream(_bytes, 0, _length, writable: false);

    /// <summary>The body as text, at most <paramref name="maxChars"/> characters; <paramref name="cut"/> says whether there was more.</summary>
    public string Text(int maxChars, out bool cut)
    {
        var text = Encoding.UTF8.GetString(_bytes, 0, Math.Min(_length, maxChars * 4));
        cut = Truncated || text.Length > maxChars || _length > maxChars * 4;
        return text.Length > maxChars ? text.Substring(0, maxChars) : text;
    }

    /// <summary>
    /// Replaces the content of <paramref name="response"/> with its body read into memory: all of it, or at most
    /// <paramref name="maxBytes"/> bytes (the rest is not read).
    /// </summary>
    public static async Task<BufferedBody> ReplaceAsync(HttpResponseMessage response, int? maxBytes, CancellationToken cancellationToken)
    {
        var original = response.Content;
        BufferedBody body;
        if (original is null)
        {
#pragma warning disable CA2000 // The body becomes the response's content below; disposing the response disposes it.
            body = new BufferedBody(Array.Empty<byte>(), 0, truncated: false);
#pragma warning restore CA2000
        }
        else
        {
            // A read that ignores the token (older frameworks) is ended by disposing the response.
            using (cancellationToken.Register(static state => ((HttpResponseMessage)state!).Dispose(), response))
            {
                body = await ReadAsync(original, maxBytes, cancellationToken).ConfigureAwait(false);
            }

            foreach (var header in original.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    body.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            original.Dispose();
        }

        response.Content = body;
        return body;
    }

    private static async Task<BufferedBody> ReadAsync(HttpContent content, int? maxBytes, CancellationToken cancellationToken)
    {
        var limit = maxBytes ?? int.MaxValue;
        var declared = content.Headers.ContentLength;
#if NET5_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        // The declared length sizes the buffer exactly; without one it grows as the body arrives.
        var buffer = new byte[declared is { } length && length >= 0 ? (int)Math.Min(length, limit) : Math.Min(16 * 1024, limit)];
        var filled = 0;
        var probe = new byte[1];
        while (true)
        {
            if (filled == buffer.Length)
            {
                // Full (often exactly at the declared length): one byte tells whether anything follows.
                if (await stream.ReadAsync(probe, 0, 1, cancellationToken).ConfigureAwait(false) == 0)
                {
                    return new BufferedBody(buffer, filled, truncated: false);
                }

                if (filled >= limit)
                {
                    return new BufferedBody(buffer, filled, truncated: true);
                }

                var larger = new byte[(int)Math.Min((long)Math.Max(buffer.Length, 8 * 1024) * 2, limit)];
                Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                buffer = larger;
                buffer[filled++] = probe[0];
                continue;
            }

            var read = await stream.ReadAsync(buffer, filled, buffer.Length - filled, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new BufferedBody(buffer, filled, truncated: false);
            }

            filled += read;
        }
    }
}
