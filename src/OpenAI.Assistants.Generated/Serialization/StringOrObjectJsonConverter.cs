using System;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Reads and writes a union whose wire form is either a string or an object (<c>tool_choice</c>, <c>response_format</c>).
/// </summary>
/// <typeparam name="TUnion">The hand-written union type.</typeparam>
/// <typeparam name="TObject">The generated type of the object form.</typeparam>
internal abstract class StringOrObjectJsonConverter<TUnion, TObject> : JsonConverter
    where TUnion : class
    where TObject : class
{
    /// <summary>The union for a string form.</summary>
    protected abstract TUnion FromString(string value);

    /// <summary>The union for an object form.</summary>
    protected abstract TUnion FromObject(TObject value);

    /// <summary>The string form of a union, or null when it holds an object.</summary>
    protected abstract string? GetString(TUnion value);

    /// <summary>The object form of a union, or null when it holds a string.</summary>
    protected abstract TObject? GetObject(TUnion value);

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(TUnion);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return null;
            case JsonToken.String:
                return FromString((string)reader.Value!);
            case JsonToken.StartObject:
                return FromObject(serializer.Deserialize<TObject>(reader)!);
            default:
                throw new JsonSerializationException(
                    $"Expected a string or an object for {typeof(TUnion).Name} but found {reader.TokenType} at path '{reader.Path}'.");
        }
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not TUnion union)
        {
            writer.WriteNull();
        }
        else if (GetString(union) is { } text)
        {
            writer.WriteValue(text);
        }
        else
        {
            serializer.Serialize(writer, GetObject(union));
        }
    }
}
