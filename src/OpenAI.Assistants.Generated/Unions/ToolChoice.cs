using System;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Which tool, if any, the model must call during a run: <see cref="Auto"/> (the model decides),
/// <see cref="None"/> (no tool), or one named tool (<see cref="Function"/>, <see cref="CodeInterpreter"/>,
/// <see cref="Retrieval"/>). On the wire a string or an object.
/// </summary>
/// <remarks>CUSTOM: the document's <c>oneOf [string, object]</c> has no usable generated form; this type backs it.</remarks>
[JsonConverter(typeof(Converter))]
public sealed class ToolChoice : IEquatable<ToolChoice>
{
    private ToolChoice(string? mode, NamedToolChoice? tool)
    {
        Mode = mode;
        Tool = tool;
    }

    /// <summary>The model decides whether to call tools (<c>"auto"</c>).</summary>
    public static ToolChoice Auto { get; } = new("auto", null);

    /// <summary>The model calls no tool and writes a message (<c>"none"</c>).</summary>
    public static ToolChoice None { get; } = new("none", null);

    /// <summary>The model must call the code interpreter.</summary>
    public static ToolChoice CodeInterpreter => FromTool(new NamedToolChoice { Type = NamedToolChoiceType.CodeInterpreter });

    /// <summary>The model must use retrieval.</summary>
    public static ToolChoice Retrieval => FromTool(new NamedToolChoice { Type = NamedToolChoiceType.Retrieval });

    /// <summary>The string form (<c>auto</c>, <c>none</c> or a mode added later), or null when a tool is named.</summary>
    public string? Mode { get; }

    /// <summary>The named tool, or null when <see cref="Mode"/> is set.</summary>
    public NamedToolChoice? Tool { get; }

    /// <summary>The model must call the function of the given name.</summary>
    /// <param name="name">The function's name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or whitespace.</exception>
    public static ToolChoice Function(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A function name is required.", nameof(name));
        }

        return FromTool(new NamedToolChoice { Type = NamedToolChoiceType.Function, Function = new NamedToolChoiceFunction { Name = name } });
    }

    /// <summary>A string form, including one this client does not know yet.</summary>
    /// <param name="mode">The wire string.</param>
    public static ToolChoice FromMode(string mode) => new(mode ?? throw new ArgumentNullException(nameof(mode)), null);

    /// <summary>An object form.</summary>
    /// <param name="tool">The named tool.</param>
    public static ToolChoice FromTool(NamedToolChoice tool) => new(null, tool ?? throw new ArgumentNullException(nameof(tool)));

    /// <inheritdoc />
    public bool Equals(ToolChoice? other) =>
        other is not null && (Mode is not null ? string.Equals(Mode, other.Mode, StringComparison.Ordinal) : other.Mode is null && SameTool(Tool!, other.Tool!));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ToolChoice);

    /// <inheritdoc />
    public override int GetHashCode() =>
        Mode is not null ? StringComparer.Ordinal.GetHashCode(Mode) : (Tool!.Type.GetHashCode() * 31) ^ StringComparer.Ordinal.GetHashCode(Tool.Function?.Name ?? string.Empty);

    // Equal when they name the same tool (type and function name); other fields do not identify a choice.
    private static bool SameTool(NamedToolChoice left, NamedToolChoice right) =>
        left.Type == right.Type && string.Equals(left.Function?.Name, right.Function?.Name, StringComparison.Ordinal);

    /// <summary>The mode, or the named tool's type (and function name).</summary>
    public override string ToString() =>
        Mode ?? (Tool!.Function?.Name is { } name ? $"{Tool.Type}:{name}" : Tool.Type.ToString());

    internal sealed class Converter : StringOrObjectJsonConverter<ToolChoice, NamedToolChoice>
    {
        protected override ToolChoice FromString(string value) => value switch
        {
            "auto" => Auto,
            "none" => None,
            _ => FromMode(value),
        };

        protected override ToolChoice FromObject(NamedToolChoice value) => FromTool(value);

        protected override string? GetString(ToolChoice value) => value.Mode;

        protected override NamedToolChoice? GetObject(ToolChoice value) => value.Tool;
    }
}
