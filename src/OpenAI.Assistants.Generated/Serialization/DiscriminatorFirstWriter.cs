using System;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Hands every write on to another writer, and writes a discriminator property right after the first object's start,
/// so that a concrete type's own contract can be serialized straight to the output with its discriminator first.
/// </summary>
/// <remarks>
/// Values are written by the inner writer with its own settings (dates, floats, escaping), exactly as if the
/// serializer wrote to it directly. This writer keeps no state of its own.
/// </remarks>
internal sealed class DiscriminatorFirstWriter : JsonWriter
{
    private readonly JsonWriter _inner;
    private string? _name;
    private readonly string _value;

    /// <param name="inner">The writer to write to.</param>
    /// <param name="name">The discriminator's name.</param>
    /// <param name="value">The discriminator's value.</param>
    public DiscriminatorFirstWriter(JsonWriter inner, string name, string value)
    {
        _inner = inner;
        _name = name;
        _value = value;
        CloseOutput = false;
    }

    /// <inheritdoc />
    public override void WriteStartObject()
    {
        _inner.WriteStartObject();
        if (_name is not null)
        {
            _inner.WritePropertyName(_name);
            _inner.WriteValue(_value);
            _name = null;
        }
    }

    /// <inheritdoc />
    public override void WriteEndObject() => _inner.WriteEndObject();

    /// <inheritdoc />
    public override void WriteStartArray() => _inner.WriteStartArray();

    /// <inheritdoc />
    public override void WriteEndArray() => _inner.WriteEndArray();

    /// <inheritdoc />
    public override void WriteStartConstructor(string name) => _inner.WriteStartConstructor(name);

    /// <inheritdoc />
    public override void WriteEndConstructor() => _inner.WriteEndConstructor();

    /// <inheritdoc />
    public override void WritePropertyName(string name) => _inner.WritePropertyName(name);

    /// <inheritdoc />
    public override void WritePropertyName(string name, bool escape) => _inner.WritePropertyName(name, escape);

    /// <inheritdoc />
    public override void WriteEnd() => _inner.WriteEnd();

    /// <inheritdoc />
    public override void WriteNull() => _inner.WriteNull();

    /// <inheritdoc />
    public override void WriteUndefined() => _inner.WriteUndefined();

    /// <inheritdoc />
    public override void WriteRaw(string? json) => _inner.WriteRaw(json);

    /// <inheritdoc />
    public override void WriteRawValue(string? json) => _inner.WriteRawValue(json);

    /// <inheritdoc />
    public override void WriteComment(string? text) => _inner.WriteComment(text);

    /// <inheritdoc />
    public override void WriteWhitespace(string ws) => _inner.WriteWhitespace(ws);

    /// <inheritdoc />
    public override void WriteValue(object? value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(string? value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(int value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(uint value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(long value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(ulong value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(float value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(double value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(bool value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(short value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(ushort value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(char value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(byte value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(sbyte value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(decimal value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(DateTime value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(DateTimeOffset value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(Guid value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(TimeSpan value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(Uri? value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void WriteValue(byte[]? value) => _inner.WriteValue(value);

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    /// <inheritdoc />
    public override void Close()
    {
        // The inner writer belongs to the caller.
    }
}
