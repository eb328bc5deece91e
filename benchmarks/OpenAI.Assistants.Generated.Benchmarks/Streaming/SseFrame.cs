using System;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>One event of a recorded stream, split out ahead of time.</summary>
internal sealed class SseFrame
{
    public SseFrame(string name, string data)
    {
        Name = name;
        Data = data;
    }

    /// <summary>The <c>event:</c> field.</summary>
    public string Name { get; }

    /// <summary>The <c>data:</c> text.</summary>
    public string Data { get; }

    /// <summary>The DTO the data deserializes to, or null when the event carries plain text (<c>done</c>).</summary>
    public Type? PayloadType { get; set; }
}
