using System;
using System.Collections.Generic;
using System.Linq;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;

namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// Open-ended string enums (<c>RunStatus</c>, roles, types) are extensible structs written by
/// <c>templates/Enum.liquid</c>: a value this client does not know deserializes, compares and round-trips. Also:
/// <list type="bullet">
/// <item>a one-value enum property is a constant (<c>object: "thread.run"</c>): a plain string, not a one-member type;</item>
/// <item><c>anyOf: [string, named enum]</c> (<c>model</c>: any string or a known model) is typed as the named enum,
/// which accepts any string; optional, it is <c>Nullable&lt;T&gt;</c> so that leaving it unset sends nothing.</item>
/// </list>
/// The schemas are changed in memory only: the checked-in document keeps the wire facts.
/// </summary>
/// <remarks>
/// Why code: nswag.json has no option for extensible enums, and NJsonSchema's <c>Class.liquid</c> pins Newtonsoft's
/// <c>StringEnumConverter</c> (which throws on unknown values) on every property whose schema is a string enum; only a
/// schema without the <c>string</c> type avoids it, and only code can take it off. NJsonSchema also reports an optional
/// <c>anyOf</c> property as non-nullable (despite <c>generateOptionalPropertiesAsNullable</c>), so the type mapping
/// checks required-ness itself.
/// </remarks>
internal sealed class ExtensibleEnums : ITypeMapping
{
    public static void Apply(OpenApiDocument document)
    {
        var visited = new HashSet<JsonSchema>();
        foreach (var schema in document.Components.Schemas.Values)
        {
            Visit(schema, visited);
        }
    }

    /// <summary><c>anyOf: [string, named enum]</c>: the named enum; <c>anyOf</c> of plain strings only: <c>string</c>.</summary>
    public string? Resolve(JsonSchema schema, bool isNullable, string? typeNameHint, CSharpTypeResolver resolver)
    {
        var actual = schema.ActualTypeSchema;
        if (actual.AnyOf.Count == 0 || !actual.AnyOf.All(s => s.ActualSchema.Type is JsonObjectType.String or JsonObjectType.None))
        {
            return null;
        }

        var named = actual.AnyOf.FirstOrDefault(s => s.ActualSchema.IsEnumeration);
        if (named is null)
        {
            return isNullable ? "string?" : "string";
        }

        isNullable |= schema is JsonSchemaProperty { IsRequired: false };
        var type = resolver.Resolve(named.ActualSchema, isNullable, typeNameHint);
        return isNullable && !type.EndsWith("?", StringComparison.Ordinal) ? type + "?" : type;
    }

    private static void Visit(JsonSchema schema, HashSet<JsonSchema> visited)
    {
        if (!visited.Add(schema))
        {
            return;
        }

        if (schema.IsEnumeration && schema.Type.HasFlag(JsonObjectType.String))
        {
            if (schema.Enumeration.Count == 1 && schema is JsonSchemaProperty)
            {
                schema.Enumeration.Clear();
                schema.EnumerationNames.Clear();
            }
            else
            {
                schema.Type = JsonObjectType.None;
            }
        }

        foreach (var child in Children(schema))
        {
            Visit(child, visited);
        }
    }

    private static IEnumerable<JsonSchema> Children(JsonSchema schema)
    {
        if (schema.Reference is { } reference)
        {
            yield return reference;
        }

        foreach (var property in schema.Properties.Values)
        {
            yield return property;
        }

        foreach (var s in schema.AllOf.Concat(schema.OneOf).Concat(schema.AnyOf))
        {
            yield return s;
        }

        if (schema.Item is { } item)
        {
            yield return item;
        }

        if (schema.AdditionalPropertiesSchema is { } additional)
        {
            yield return additional;
        }
    }
}
