using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>Splits a recorded event stream into its frames, once, outside the measured code.</summary>
internal static class SseFixture
{
    /// <summary>
    /// The frames of <paramref name="text"/>, each with the DTO type its data deserializes to (found by building the
    /// event once through the client's registry).
    /// </summary>
    public static IReadOnlyList<SseFrame> Split(string text, Newtonsoft.Json.JsonSerializer serializer)
    {
        var frames = new List<SseFrame>();
        foreach (var block in text.Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var name = lines.Where(l => l.StartsWith("event:", StringComparison.Ordinal)).Select(l => Value(l, "event:")).SingleOrDefault();
            var data = string.Join("\n", lines.Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => Value(l, "data:")));
            if (name is null)
            {
                continue;
            }

            var frame = new SseFrame(name, data);
            var sample = StreamEventRegistry.Create(name, data, serializer);
            var payloadType = sample.GetType().GetProperty("Data")?.PropertyType
                ?? throw new InvalidOperationException($"The fixture's '{name}' event is not one the client knows.");
            frame.PayloadType = payloadType == typeof(string) ? null : payloadType;
            frames.Add(frame);
        }

        return frames;
    }

    private static string Value(string line, string field)
    {
        var value = line.Substring(field.Length);
        return value.StartsWith(' ') ? value.Substring(1) : value;
    }
}
