using System.IO;
using System.Net.Http;
using System.Text;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// A JSON request body written straight to UTF-8 bytes with the client's serializer, in place of NSwag's
/// object → string → <see cref="StringContent"/> (build/CodeGen/Adjustments/Utf8RequestBodies.cs puts it in every
/// generated method). The pipeline resends these same bytes on a retry without copying them.
/// </summary>
internal sealed class JsonBody : ByteArrayContent
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private JsonBody(byte[] buffer, int length)
        : base(buffer, 0, length)
    {
        Buffer = buffer;
        Length = length;
    }

    /// <summary>The array holding the body (it may be longer than the body).</summary>
    public byte[] Buffer { get; }

    /// <summary>The body's length in bytes.</summary>
    public int Length { get; }

    /// <summary>The JSON of <paramref name="value"/> as UTF-8, written by the client's serializer.</summary>
    public static JsonBody Create(object? value)
    {
        // Written into pooled buffers, then copied once into an array of the body's exact size: growing a
        // MemoryStream would allocate every intermediate size on the way (about 4 × the body).
        using var stream = new PooledWriteStream();
        using (var text = new StreamWriter(stream, Utf8, bufferSize: 1024, leaveOpen: true))
        using (var json = new JsonTextWriter(text) { ArrayPool = JsonCharPool.Instance, CloseOutput = false })
        {
            AssistantsJson.Serializer.Serialize(json, value);
        }

        var bytes = stream.ToArray();
        return new JsonBody(bytes, bytes.Length);
    }

    /// <summary>A write-only stream over one buffer rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/>, returned on dispose.</summary>
    private sealed class PooledWriteStream : Stream
    {
        private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(4096);
        private int _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new System.NotSupportedException();
        }

        public byte[] ToArray()
        {
            var bytes = new byte[_length];
            System.Buffer.BlockCopy(_buffer, 0, bytes, 0, _length);
            return bytes;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (_length + count > _buffer.Length)
            {
                var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Math.Max(_buffer.Length * 2, _length + count));
                System.Buffer.BlockCopy(_buffer, 0, larger, 0, _length);
                System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            System.Buffer.BlockCopy(buffer, offset, _buffer, _length, count);
            _length += count;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && _buffer.Length > 0)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = System.Array.Empty<byte>();
            }

            base.Dispose(disposing);
        }
    }
}
