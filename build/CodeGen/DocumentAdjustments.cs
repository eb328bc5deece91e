using System.Collections.Generic;
using System.Linq;
using NJsonSchema;
using NSwag;

namespace OpenAI.Assistants.CodeGen;

/// <summary>
/// Schema-level adjustments made in memory before generation. The checked-in OpenAPI document keeps
/// the wire facts; these only change how NSwag maps them to C#.
/// </summary>
internal sealed class DocumentAdjustments
{
    /// <summary>Component schemas of the form <c>oneOf: [string enum, object]</c>, backed by hand-written C# types of the same name.</summary>
    public Dictionary<JsonSchema, string> Unions { get; } = new();

    public static DocumentAdjustments Apply(OpenApiDocument document)
    {
        var result = new DocumentAdjustments();
        foreach (var (name, schema) in document.Components.Schemas)
        {
            if (IsStringOrObjectUnion(schema))
            {
                result.Unions[schema] = name;
            }
        }

        var visited = new HashSet<JsonSchema>();
        foreach (var schema in document.Components.Schemas.Values)
        {
            Visit(schema, visited);
        }

        return result;
    }

    private static bool IsStringOrObjectUnion(JsonSchema schema) =>
        schema.OneOf.Count == 2
        && schema.OneOf.Any(s => s.ActualSchema.Type.HasFlag(JsonObjectType.String) && s.ActualSchema.IsEnumeration)
        && schema.OneOf.Any(s => s.ActualSchema.Type.HasFlag(JsonObjectType.Object));

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
                // A one-value enum is a constant (`object: "thread.run"`): a plain string, not a one-member type.
                schema.Enumeration.Clear();
                schema.EnumerationNames.Clear();
            }
            else
            {
                // Open-ended enums become extensible structs (templates/Enum.liquid) with their own JSON converter.
                // Without the `string` type NJsonSchema no longer pins Newtonsoft's StringEnumConverter
                // (which throws on unknown values) onto every property of the enum's type.
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
