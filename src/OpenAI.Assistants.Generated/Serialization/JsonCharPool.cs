using System.Buffers;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Newtonsoft's reader and writer buffers from <see cref="ArrayPool{T}.Shared"/>: a reader made per stream event or
/// per response would otherwise allocate a new 2 KB character buffer (and grow it by copying) each time.
/// </summary>
internal sealed class JsonCharPool : IArrayPool<char>
{
    /// <summary>The one instance.</summary>
    public static JsonCharPool Instance { get; } = new();

    private JsonCharPool()
    {
    }

    /// <inheritdoc />
    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    /// <inheritdoc />
    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
