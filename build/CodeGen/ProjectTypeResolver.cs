using System.Linq;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen;

/// <summary>Maps the document's deliberate unions to the C# types that represent them.</summary>
internal sealed class ProjectTypeResolver : CSharpTypeResolver
{
    private readonly DocumentAdjustments _adjustments;

    public ProjectTypeResolver(CSharpGeneratorSettings settings, DocumentAdjustments adjustments)
        : base(settings)
    {
        _adjustments = adjustments;
    }

    public override string Resolve(JsonSchema schema, bool isNullable, string? typeNameHint)
    {
        // `oneOf: [string enum, object]` (tool_choice, response_format): a hand-written class of the component's name.
        if (_adjustments.Unions.TryGetValue(schema.ActualSchema, out var unionName))
        {
            return isNullable ? unionName + "?" : unionName;
        }

        var actual = schema.ActualTypeSchema;

        // `type: integer, format: unix-time` (every `*_at` timestamp): Unix seconds on the wire, DateTimeOffset in C#.
        // templates/Class.Property.Annotations.liquid pins UnixSecondsDateTimeOffsetConverter on the property.
        if (IsUnixTime(actual))
        {
            return isNullable ? "System.DateTimeOffset?" : "System.DateTimeOffset";
        }

        // `anyOf: [string, <named string enum>]` (model): the named enum, which is extensible and accepts any string.
        if (actual.AnyOf.Count > 0 && actual.AnyOf.All(s => s.ActualSchema.Type is JsonObjectType.String or JsonObjectType.None))
        {
            var named = actual.AnyOf.FirstOrDefault(s => s.ActualSchema.IsEnumeration);
            if (named is null)
            {
                return isNullable ? "string?" : "string";
            }

            // The enum is a struct (templates/Enum.liquid): an optional property must be Nullable<T> so that
            // leaving it unset sends nothing. NJsonSchema reports such an anyOf property as non-nullable
            // even when optional (generateOptionalPropertiesAsNullable), so required-ness is checked here.
            isNullable |= schema is JsonSchemaProperty { IsRequired: false };
            var type = base.Resolve(named.ActualSchema, isNullable, typeNameHint);
            return isNullable && !type.EndsWith("?", System.StringComparison.Ordinal) ? type + "?" : type;
        }

        return base.Resolve(schema, isNullable, typeNameHint);
    }

    /// <summary>The document's marker for a timestamp in Unix seconds (openapi/README.md, shaping rules).</summary>
    public const string UnixTimeFormat = "unix-time";

    private static bool IsUnixTime(JsonSchema schema) =>
        schema.Type.HasFlag(JsonObjectType.Integer) && string.Equals(schema.Format, UnixTimeFormat, System.StringComparison.Ordinal);
}
