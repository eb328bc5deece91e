using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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

        JObject json;
        var dateParsing = reader.DateParseHandling;
        try
        {
            // Buffering must not turn date-like strings into DateTime values (that would alter text content).
            reader.DateParseHandling = DateParseHandling.None;
            json = JObject.Load(reader);
        }
        finally
        {
            reader.DateParseHandling = dateParsing;
        }

        var target = objectType;
        var wire = json.GetValue(_discriminator, StringComparison.Ordinal) is { Type: JTokenType.String } token ? (string?)token : null;
        if (wire is not null && Mapping.For(objectType).TryGetType(wire, out var subtype) && objectType.IsAssignableFrom(subtype))
        {
            target = subtype;
            json.Remove(_discriminator);
        }

        // Unknown or missing discriminator: the declared type keeps every field, the discriminator included,
        // in its extension data, so nothing is lost and it serializes back as it came.
        var contract = serializer.ContractResolver.ResolveContract(target);
        var instance = contract.DefaultCreator?.Invoke()
            ?? throw new JsonSerializationException($"Cannot create an instance of {target.Name} at path '{reader.Path}'.");
        using (var objectReader = json.CreateReader())
        {
            objectReader.DateParseHandling = DateParseHandling.None;
            serializer.Populate(objectReader, instance);
        }

        return instance;
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        JObject json;
        try
        {
            _writingSelf = true;
            json = JObject.FromObject(value, serializer);
        }
        finally
        {
            _writingSelf = false;
        }

        if (Mapping.For(value.GetType()).TryGetKey(value.GetType(), out var key) && json.Property(_discriminator, StringComparison.Ordinal) is null)
        {
            json.AddFirst(new JProperty(_discriminator, key));
        }

        json.WriteTo(writer);
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
