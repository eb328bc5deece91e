using System;
using System.Collections.Generic;
using System.Linq;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// Component schemas of the form <c>oneOf: [string enum, object]</c> (<c>tool_choice</c>, <c>response_format</c>) are
/// hand-written C# classes of the component's name (<c>src/.../Unions/</c>): NSwag emits no class for them, and every
/// usage site, nullable ones included, is typed with the hand-written class.
/// </summary>
/// <remarks>
/// Why code: NSwag types such a oneOf as a class that does not exist (CS0246); listing the names in nswag.json's
/// <c>excludedTypeNames</c> alone still leaves the nullable usage sites typed <c>ToolChoice2</c> / <c>ResponseFormat2</c>.
/// Must run before <see cref="ExtensibleEnums"/>, which takes the <c>string</c> type off the enum it recognises them by.
/// </remarks>
internal sealed class Unions : ITypeMapping
{
    private readonly Dictionary<JsonSchema, string> _names;

    private Unions(Dictionary<JsonSchema, string> names)
    {
        _names = names;
    }

    /// <summary>The union schemas and their C# names.</summary>
    public IReadOnlyDictionary<JsonSchema, string> Names => _names;

    /// <summary>Finds the unions of <paramref name="document"/> and keeps NSwag from emitting classes of their names.</summary>
    public static Unions Apply(OpenApiDocument document, CSharpClientGeneratorSettings settings)
    {
        var names = document.Components.Schemas
            .Where(entry => IsStringOrObjectUnion(entry.Value))
            .ToDictionary(entry => entry.Value, entry => entry.Key);
        var csharp = settings.CSharpGeneratorSettings;
        csharp.ExcludedTypeNames = (csharp.ExcludedTypeNames ?? Array.Empty<string>()).Concat(names.Values).ToArray();
        return new Unions(names);
    }

    public string? Resolve(JsonSchema schema, bool isNullable, string? typeNameHint, CSharpTypeResolver resolver) =>
        _names.TryGetValue(schema.ActualSchema, out var name) ? (isNullable ? name + "?" : name) : null;

    private static bool IsStringOrObjectUnion(JsonSchema schema) =>
        schema.OneOf.Count == 2
        && schema.OneOf.Any(s => s.ActualSchema.Type.HasFlag(JsonObjectType.String) && s.ActualSchema.IsEnumeration)
        && schema.OneOf.Any(s => s.ActualSchema.Type.HasFlag(JsonObjectType.Object));
}
