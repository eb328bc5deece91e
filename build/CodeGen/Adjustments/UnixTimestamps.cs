using System;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// Timestamps (<c>type: integer, format: unix-time</c>, every <c>*_at</c> property) are <c>DateTimeOffset</c> in C#
/// and whole Unix seconds on the wire: <c>templates/Class.Property.Annotations.liquid</c> pins
/// <c>UnixSecondsDateTimeOffsetConverter</c> on such a property.
/// </summary>
/// <remarks>Why code: no nswag.json setting maps a custom format to a type.</remarks>
internal sealed class UnixTimestamps : ITypeMapping
{
    /// <summary>The document's marker for a timestamp in Unix seconds (openapi/README.md, shaping rules).</summary>
    public const string Format = "unix-time";

    public string? Resolve(JsonSchema schema, bool isNullable, string? typeNameHint, CSharpTypeResolver resolver)
    {
        var actual = schema.ActualTypeSchema;
        var isUnixTime = actual.Type.HasFlag(JsonObjectType.Integer) && string.Equals(actual.Format, Format, StringComparison.Ordinal);
        return !isUnixTime ? null : isNullable ? "System.DateTimeOffset?" : "System.DateTimeOffset";
    }
}
