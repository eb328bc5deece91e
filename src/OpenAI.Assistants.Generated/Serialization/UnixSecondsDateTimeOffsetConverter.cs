using System;
using System.Globalization;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Reads and writes a timestamp (<c>created_at</c>, <c>completed_at</c>, ...) as the API sends it: a JSON integer
/// of whole seconds since the Unix epoch. The value reads as a <see cref="DateTimeOffset"/> in UTC and writes back
/// as the same integer.
/// </summary>
/// <remarks>
/// Pinned on every <c>format: unix-time</c> property by <c>build/templates/Class.Property.Annotations.liquid</c>.
/// Sub-second parts of a value set in code are truncated toward the past when written, as the wire has none.
/// </remarks>
internal sealed class UnixSecondsDateTimeOffsetConverter : JsonConverter
{
    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                // Lenient like the other converters: a null where the document promises a value leaves the default.
                // (Under the client's settings the property is read as nullable, so the null itself is kept.)
                return objectType == typeof(DateTimeOffset) ? default(DateTimeOffset) : null;
            case JsonToken.Integer:
                return FromSeconds(reader.Value switch
                {
                    long l => l,
                    int i => i,
                    var other => throw new JsonSerializationException(
                        string.Format(CultureInfo.InvariantCulture, "Timestamp {0} at path '{1}' is out of range.", other, reader.Path)),
                }, reader);
            default:
                throw new JsonSerializationException(
                    $"Expected Unix seconds (an integer) for a timestamp but found {reader.TokenType} at path '{reader.Path}'.");
        }
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is DateTimeOffset timestamp)
        {
            writer.WriteValue(timestamp.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static DateTimeOffset FromSeconds(long seconds, JsonReader reader)
    {
        try
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new JsonSerializationException($"Timestamp {seconds} at path '{reader.Path}' is outside the range of DateTimeOffset.", e);
        }
    }
}
