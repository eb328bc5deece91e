using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Reads and writes the discriminated groups of the API (tools, message content, annotations, step details,
/// step tool calls, code interpreter outputs) using the <c>JsonInheritanceAttribute</c> mappings that NSwag
/// emits on each base class.
/// </summary>
/// <remarks>
/// CUSTOM: replaces NSwag's own converter (excluded in nswag.json) to make unknown types lossless. A
/// discriminator value this client does not know (say a new tool <c>file_search</c>) deserializes to the base
/// class with every field, the discriminator included, kept in <c>AdditionalProperties</c>, and serializes back
/// unchanged. NSwag's converter would write the C# class name as the discriminator instead.
/// </remarks>
internal sealed class JsonInheritanceConverter : JsonConverter
{
    private static readonly ConcurrentDictionary<Type, Mapping> Mappings = new();

    // Set while this converter serializes an object's own properties, so that the nested call does not
    // come back here for the same object; cleared by the first CanWrite check that sees it.
    [ThreadStatic]
    private static bool _writingSelf;

    private readonly string _discriminator;

    /// <summary>Creates the converter for the given discriminator property.</summary>
    /// <param name="discriminatorName">The wire name of the discriminator, <c>type</c> in this API.</param>
    public JsonInheritanceConverter(string discriminatorName)
    {
        _discriminator = discriminatorName ?? throw new ArgumentNullException(nameof(discriminatorName));
    }

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => Mapping.For(objectType).IsPolymorphic;

    /// <inheritdoc />
    public override bool CanWrite
    {
        get
        {
            if (_writingSelf)
            {
                _writingSelf = false;
                return false;
            }

            return true;
        }
    }

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var dateParsing = reader.DateParseHandling;
        try
        {
            // Neither path may turn date-like strings into DateTime values (that would alter text content).
            reader.DateParseHandling = DateParseHandling.None;

            if (reader.TokenType != JsonToken.StartObject)
            {
                return ReadBuffered(JObject.Load(reader), objectType, reader, serializer); // fails as before
            }

            // The API writes the discriminator first: then the concrete type is known before anything else is read,
            // and the rest of the object is read straight into it, without buffering.
            if (!reader.Read())
            {
                throw JsonSerializationException(reader, $"Unexpected end of JSON while reading {objectType.Name}.");
            }

            if (reader.TokenType == JsonToken.PropertyName && string.Equals((string?)reader.Value, _discriminator, StringComparison.Ordinal))
            {
                if (!reader.Read())
                {
                    throw JsonSerializationException(reader, $"Unexpected end of JSON while reading {objectType.Name}.");
                }

                if (reader.TokenType == JsonToken.String && KnownSubtype(objectType, (string)reader.Value!) is { } subtype)
                {
                    var instance = Create(subtype, reader, serializer);
                    using var rest = new ResumedObjectReader(reader);
                    serializer.Populate(rest, instance);
                    return instance;
                }
            }

            // Anything else (the discriminator later in the object, unknown, missing or not a string): buffered
            // from here on, then read as below.
            return ReadBuffered(Buffer(reader, _discriminator), objectType, reader, serializer);
        }
        finally
        {
            reader.DateParseHandling = dateParsing;
        }
    }

    // The rest of an object whose start (and perhaps first property) has been read: the reader is on a property's
    // value, on a property name, or on the object's end.
    private static JObject Buffer(JsonReader reader, string discriminator)
    {
        var json = new JObject();
        if (reader.TokenType != JsonToken.PropertyName && reader.TokenType != JsonToken.EndObject)
        {
            // On the discriminator's value (read first, but of no type this client knows): kept as it came.
            json[discriminator] = JToken.ReadFrom(reader);
            if (!reader.Read())
            {
                throw JsonSerializationException(reader, "Unexpected end of JSON inside an object.");
            }
        }

        while (reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            if (!reader.Read())
            {
                throw JsonSerializationException(reader, "Unexpected end of JSON inside an object.");
            }

            json[name] = JToken.ReadFrom(reader);
            if (!reader.Read())
            {
                throw JsonSerializationException(reader, "Unexpected end of JSON inside an object.");
            }
        }

        if (reader.TokenType != JsonToken.EndObject)
        {
            throw JsonSerializationException(reader, $"Unexpected token {reader.TokenType} inside an object.");
        }

        return json;
    }

    private object ReadBuffered(JObject json, Type objectType, JsonReader reader, JsonSerializer serializer)
    {
        var target = objectType;
        var wire = json.GetValue(_discriminator, StringComparison.Ordinal) is { Type: JTokenType.String } token ? (string?)token : null;
        if (wire is not null && KnownSubtype(objectType, wire) is { } subtype)
        {
            target = subtype;
            json.Remove(_discriminator);
        }

        // Unknown or missing discriminator: the declared type keeps every field, the discriminator included,
        // in its extension data, so nothing is lost and it serializes back as it came.
        var instance = Create(target, reader, serializer);
        using (var objectReader = json.CreateReader())
        {
            objectReader.DateParseHandling = DateParseHandling.None;
            serializer.Populate(objectReader, instance);
        }

        return instance;
    }

    private static JsonSerializationException JsonSerializationException(JsonReader reader, string message) =>
        reader is IJsonLineInfo info && info.HasLineInfo()
            ? new JsonSerializationException(message, reader.Path, info.LineNumber, info.LinePosition, null)
            : new JsonSerializationException(message, reader.Path, 0, 0, null);

    private static Type? KnownSubtype(Type objectType, string wire) =>
        Mapping.For(objectType).TryGetType(wire, out var subtype) && objectType.IsAssignableFrom(subtype) ? subtype : null;

    private static object Create(Type target, JsonReader reader, JsonSerializer serializer)
    {
        var contract = serializer.ContractResolver.ResolveContract(target);
        return contract.DefaultCreator?.Invoke()
            ?? throw JsonSerializationException(reader, $"Cannot create an instance of {target.Name}.");
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        // The concrete type's own contract, written straight to the output: a known type with its discriminator
        // first, an unknown one as it came (its discriminator is in its extension data).
        var type = value.GetType();
        try
        {
            _writingSelf = true;
            if (Mapping.For(type).TryGetKey(type, out var key) && !Carries(value, serializer))
            {
                using var output = new DiscriminatorFirstWriter(writer, _discriminator, key);
                serializer.Serialize(output, value);
            }
            else
            {
                serializer.Serialize(writer, value);
            }
        }
        finally
        {
            _writingSelf = false;
        }
    }

    // Whether the object writes a discriminator of its own (a property or an extension field of that name).
    private bool Carries(object value, JsonSerializer serializer)
    {
        if (serializer.ContractResolver.ResolveContract(value.GetType()) is not JsonObjectContract contract)
        {
            return false;
        }

        if (contract.Properties.GetProperty(_discriminator, StringComparison.Ordinal) is { Ignored: false })
        {
            return true;
        }

        if (contract.ExtensionDataGetter?.Invoke(value) is { } extra)
        {
            foreach (var pair in extra)
            {
                if (pair.Key is string name && string.Equals(name, _discriminator, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The discriminator values of one polymorphic group, read once from its attributes.</summary>
    private sealed class Mapping
    {
        private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);
        private readonly Dictionary<Type, string> _keys = new();

        private Mapping(Type type)
        {
            foreach (var attribute in type.GetTypeInfo().GetCustomAttributes<JsonInheritanceAttribute>(inherit: true))
            {
                _types[attribute.Key] = attribute.Type;
                _keys[attribute.Type] = attribute.Key;
            }
        }

        public bool IsPolymorphic => _types.Count > 0;

        public static Mapping For(Type type) => Mappings.GetOrAdd(type, t => new Mapping(t));

        public bool TryGetType(string key, out Type type) => _types.TryGetValue(key, out type!);

        public bool TryGetKey(Type type, out string key) => _keys.TryGetValue(type, out key!);
    }
}
