using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
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

        var value = kind.Create();
        value.RawData = data;
        if (kind.DataType == typeof(string))
        {
            kind.SetData(value, data); // `done` carries the bare text [DONE], not JSON
            return value;
        }

        using var reader = new JsonTextReader(new StringReader(data)) { DateParseHandling = DateParseHandling.None, ArrayPool = JsonCharPool.Instance };
        var payload = serializer.Deserialize(reader, kind.DataType)
            ?? throw new JsonSerializationException($"The '{name}' event has no data.");
        kind.SetData(value, payload);
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

    /// <summary>One event class: how to make one and set its payload, compiled once (not reflection per event).</summary>
    private sealed class Kind
    {
        public Kind(Type type, PropertyInfo data)
        {
            DataType = data.PropertyType;
            Create = Expression.Lambda<Func<AssistantStreamEvent>>(Expression.New(type)).Compile();
            var target = Expression.Parameter(typeof(AssistantStreamEvent), "target");
            var payload = Expression.Parameter(typeof(object), "payload");
            SetData = Expression.Lambda<Action<AssistantStreamEvent, object>>(
                Expression.Assign(Expression.Property(Expression.Convert(target, type), data), Expression.Convert(payload, data.PropertyType)),
                target,
                payload).Compile();
        }

        public Type DataType { get; }

        public Func<AssistantStreamEvent> Create { get; }

        public Action<AssistantStreamEvent, object> SetData { get; }
    }
}
