using System;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Reads the rest of an object whose first property (the discriminator) the caller has already consumed from the
/// inner reader: it starts with a <see cref="JsonToken.StartObject"/> of its own, then hands on the inner
/// reader's tokens until that object's end, so that <see cref="JsonSerializer.Populate(JsonReader, object)"/> can fill
/// the concrete type straight from the stream.
/// </summary>
/// <remarks>
/// Every read is forwarded as the same call (<c>ReadAsString</c> stays <c>ReadAsString</c>), so the values are parsed
/// by the inner reader with its own settings, exactly as if the serializer read it directly. Positions and paths in
/// errors are the inner reader's. The inner reader ends on the object's <see cref="JsonToken.EndObject"/>, which is
/// where a converter must leave it.
/// </remarks>
internal sealed class ResumedObjectReader : JsonReader, IJsonLineInfo
{
    private readonly JsonReader _inner;
    private bool _started;

    /// <param name="inner">A reader just past the discriminator's value, inside the object.</param>
    public ResumedObjectReader(JsonReader inner)
    {
        _inner = inner;
        CloseInput = false;
    }

    /// <inheritdoc />
    public override string Path => _inner.Path;

    /// <inheritdoc />
    public override bool Read() => Start() || Forward(_inner.Read());

    /// <inheritdoc />
    public override string? ReadAsString() => Start() ? throw Unexpected() : Forward(_inner.ReadAsString());

    /// <inheritdoc />
    public override int? ReadAsInt32() => Start() ? throw Unexpected() : Forward(_inner.ReadAsInt32());

    /// <inheritdoc />
    public override byte[]? ReadAsBytes() => Start() ? throw Unexpected() : Forward(_inner.ReadAsBytes());

    /// <inheritdoc />
    public override double? ReadAsDouble() => Start() ? throw Unexpected() : Forward(_inner.ReadAsDouble());

    /// <inheritdoc />
    public override bool? ReadAsBoolean() => Start() ? throw Unexpected() : Forward(_inner.ReadAsBoolean());

    /// <inheritdoc />
    public override decimal? ReadAsDecimal() => Start() ? throw Unexpected() : Forward(_inner.ReadAsDecimal());

    /// <inheritdoc />
    public override DateTime? ReadAsDateTime() => Start() ? throw Unexpected() : Forward(_inner.ReadAsDateTime());

    /// <inheritdoc />
    public override DateTimeOffset? ReadAsDateTimeOffset() => Start() ? throw Unexpected() : Forward(_inner.ReadAsDateTimeOffset());

    /// <inheritdoc />
    public bool HasLineInfo() => _inner is IJsonLineInfo info && info.HasLineInfo();

    /// <inheritdoc />
    public int LineNumber => _inner is IJsonLineInfo info ? info.LineNumber : 0;

    /// <inheritdoc />
    public int LinePosition => _inner is IJsonLineInfo info ? info.LinePosition : 0;

    // The first read of any kind yields the object's start, which the inner reader has already passed.
    private bool Start()
    {
        if (_started)
        {
            return false;
        }

        _started = true;
        SetToken(JsonToken.StartObject);
        return true;
    }

    private T Forward<T>(T result)
    {
        SetToken(_inner.TokenType, _inner.Value);
        return result;
    }

    private bool Forward(bool read)
    {
        if (!read)
        {
            SetToken(JsonToken.None);
            return false;
        }

        SetToken(_inner.TokenType, _inner.Value);
        return true;
    }

    private JsonReaderException Unexpected() =>
        new JsonReaderException($"Unexpected start of an object at path '{_inner.Path}'.");
}
