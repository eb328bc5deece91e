using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Maps event names to the generated event classes, read once from the <c>JsonInheritanceAttribute</c>s that
/// NSwag puts on <see cref="AssistantStreamEvent"/> (so the OpenAPI document stays the one list of events), and
/// builds an event from one server-sent frame.
/// </summary>
internal static class StreamEventRegistry
{
    private static readonly Dictionary<string, Kind> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<Type, AssistantStreamEventType> ByType = new();

    static StreamEventRegistry()
    {
        foreach (var attribute in typeof(AssistantStreamEvent).GetTypeInfo().GetCustomAttributes<JsonInheritanceAttribute>())
        {
            var data = attribute.Type.GetRuntimeProperty("Data")
                ?? throw new InvalidOperationException($"{attribute.Type.Name} has no Data property.");
            ByName[attribute.Key] = new Kind(attribute.Type, data);
            ByType[attribute.Type] = new AssistantStreamEventType(attribute.Key);
        }
    }

    /// <summary>The event names this client knows.</summary>
    public static IEnumerable<string> KnownNames => ByName.Keys;

    /// <summary>The name of an event: from its class, or for an unknown event from what arrived.</summary>
    public static AssistantStreamEventType NameOf(AssistantStreamEvent value)
    {
        if (ByType.TryGetValue(value.GetType(), out var name))
        {
            return name;
        }

        return value.AdditionalProperties.TryGetValue("event", out var raw) && raw?.ToString() is { } text
            ? new AssistantStreamEventType(text)
            : default;
    }

    /// <summary>Builds the event for one SSE frame.</summary>
    /// <param name="name">The frame's <c>event:</c> field.</param>
    /// <param name="data">The frame's <c>data:</c> text.</param>
    /// <param name="serializer">The client's serializer.</param>
    /// <exception cref="JsonException">The data of a known event is not what its class expects.</exception>
    public static AssistantStreamEvent Create(string name, string data, JsonSerializer serializer)
    {
        if (!ByName.TryGetValue(name, out var kind))
        {
            var unknown = new AssistantStreamEvent { RawData = data };
            unknown.AdditionalProperties["event"] = name;
            unknown.AdditionalProperties["data"] = TryParse(data) ?? (object)data;
            return unknown;
        }

        var value = (AssistantStreamEvent)Activator.CreateInstance(kind.Type)!;
        value.RawData = data;
        if (kind.Data.PropertyType == typeof(string))
        {
            kind.Data.SetValue(value, data); // `done` carries the bare text [DONE], not JSON
            return value;
        }

        using var reader = new JsonTextReader(new StringReader(data)) { DateParseHandling = DateParseHandling.None };
        var payload = serializer.Deserialize(reader, kind.Data.PropertyType)
            ?? throw new JsonSerializationException($"The '{name}' event has no data.");
        kind.Data.SetValue(value, payload);
        return value;
    }

    private static JToken? TryParse(string data)
    {
        try
        {
            return JToken.Parse(data);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Kind
    {
        public Kind(Type type, PropertyInfo data)
        {
            Type = type;
            Data = data;
        }

        public Type Type { get; }

        public PropertyInfo Data { get; }
    }
}
