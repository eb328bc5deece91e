using System.Collections.Generic;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen;

/// <summary>
/// NSwag's type resolver with the adjustments' type mappings in front: the first mapping that knows a schema decides
/// its C# type; every other schema is NSwag's. Why code: a type resolver can only be set in code (NSwag #2459, #3039).
/// </summary>
internal sealed class ProjectTypeResolver : CSharpTypeResolver
{
    private readonly IReadOnlyList<ITypeMapping> _mappings;

    public ProjectTypeResolver(CSharpGeneratorSettings settings, params ITypeMapping[] mappings)
        : base(settings)
    {
        _mappings = mappings;
    }

    public override string Resolve(JsonSchema schema, bool isNullable, string? typeNameHint)
    {
        foreach (var mapping in _mappings)
        {
            if (mapping.Resolve(schema, isNullable, typeNameHint, this) is { } type)
            {
                return type;
            }
        }

        return base.Resolve(schema, isNullable, typeNameHint);
    }
}
