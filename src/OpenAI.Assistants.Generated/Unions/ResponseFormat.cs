using System;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// The output format a run or assistant asks of the model: <see cref="Auto"/>, <see cref="None"/>,
/// <see cref="Text"/> or <see cref="JsonObject"/> (JSON mode). On the wire a string or an object.
/// </summary>
/// <remarks>CUSTOM: the document's <c>oneOf [string, object]</c> has no usable generated form; this type backs it.</remarks>
[JsonConverter(typeof(Converter))]
public sealed class ResponseFormat : IEquatable<ResponseFormat>
{
    private ResponseFormat(string? mode, ResponseFormatObject? format)
    {
        Mode = mode;
        Format = format;
    }

    /// <summary>The default format of the model (<c>"auto"</c>).</summary>
    public static ResponseFormat Auto { get; } = new("auto", null);

    /// <summary>The string form <c>"none"</c>.</summary>
    public static ResponseFormat None { get; } = new("none", null);

    /// <summary>Free text (<c>{"type": "text"}</c>).</summary>
    public static ResponseFormat Text => FromFormat(new ResponseFormatObject { Type = ResponseFormatType.Text });

    /// <summary>JSON mode (<c>{"type": "json_object"}</c>): the model must produce valid JSON; say so in the instructions too.</summary>
    public static ResponseFormat JsonObject => FromFormat(new ResponseFormatObject { Type = ResponseFormatType.JsonObject });

    /// <summary>The string form (<c>auto</c>, <c>none</c> or a mode added later), or null when <see cref="Format"/> is set.</summary>
    public string? Mode { get; }

    /// <summary>The object form, or null when <see cref="Mode"/> is set.</summary>
    public ResponseFormatObject? Format { get; }

    /// <summary>A string form, including one this client does not know yet.</summary>
    /// <param name="mode">The wire string.</param>
    public static ResponseFormat FromMode(string mode) => new(mode ?? throw new ArgumentNullException(nameof(mode)), null);

    /// <summary>An object form.</summary>
    /// <param name="format">The format object.</param>
    public static ResponseFormat FromFormat(ResponseFormatObject format) => new(null, format ?? throw new ArgumentNullException(nameof(format)));

    /// <inheritdoc />
    public bool Equals(ResponseFormat? other) =>
        other is not null && (Mode is not null ? string.Equals(Mode, other.Mode, StringComparison.Ordinal) : other.Mode is null && SameFormat(Format!, other.Format!));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResponseFormat);

    /// <inheritdoc />
    public override int GetHashCode() => Mode is not null ? StringComparer.Ordinal.GetHashCode(Mode) : Format!.Type.GetHashCode();

    // Equal when they ask for the same format type.
    private static bool SameFormat(ResponseFormatObject left, ResponseFormatObject right) => left.Type == right.Type;

    /// <summary>The mode, or the format's type.</summary>
    public override string ToString() => Mode ?? Format!.Type?.ToString() ?? string.Empty;

    internal sealed class Converter : StringOrObjectJsonConverter<ResponseFormat, ResponseFormatObject>
    {
        protected override ResponseFormat FromString(string value) => value switch
        {
            "auto" => Auto,
            "none" => None,
            _ => FromMode(value),
        };

        protected override ResponseFormat FromObject(ResponseFormatObject value) => FromFormat(value);

        protected override string? GetString(ResponseFormat value) => value.Mode;

        protected override ResponseFormatObject? GetObject(ResponseFormat value) => value.Format;
    }
}
