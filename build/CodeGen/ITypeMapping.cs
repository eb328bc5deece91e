using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen;

/// <summary>An adjustment that gives some schemas a C# type of its choosing (through <see cref="ProjectTypeResolver"/>).</summary>
internal interface ITypeMapping
{
    /// <summary>The C# type for <paramref name="schema"/>, or null to leave the schema to the next mapping or to NSwag.</summary>
    /// <param name="resolver">The resolver, for the types of related schemas.</param>
    string? Resolve(JsonSchema schema, bool isNullable, string? typeNameHint, CSharpTypeResolver resolver);
}
