using System.Text;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen.Convenience;

/// <summary>
/// The hand-written code that only repeated a pattern per operation or schema, now written from the document and
/// appended to NSwag's output: listings over all pages (<see cref="ListingWriter"/>) and stream event families
/// (<see cref="StreamEventFamilyWriter"/>). A new list operation or stream event needs no hand edit.
/// </summary>
internal static class ConvenienceCode
{
    /// <summary>The code to append to the generated file; call after NSwag generated it, so that every type name is settled.</summary>
    public static string Generate(OpenApiDocument document, CSharpClientGeneratorSettings settings, CSharpTypeResolver resolver)
    {
        // The generated method's name as NSwag's C# operation model forms it (upper camel case, "Async").
        var operationNames = settings.OperationNameGenerator;
        var operations = ListOperation.Find(
            document,
            d => ConversionUtilities.ConvertToUpperCamelCase(operationNames.GetOperationName(document, d.Path, d.Method, d.Operation), false) + "Async");

        var code = new StringBuilder();
        code.AppendLine();
        code.AppendLine("// Written by build/CodeGen/Convenience from the OpenAPI document: listings of the list operations, stream event families.");
        code.AppendLine("#nullable enable");
        code.AppendLine();
        code.AppendLine($"namespace {settings.CSharpGeneratorSettings.Namespace}");
        code.AppendLine("{");
        code.AppendLine("    using System;");
        code.AppendLine("    using System.Threading;");
        code.AppendLine();
        new ListingWriter(resolver, settings.ParameterNameGenerator, settings.ClassName, "I" + settings.ClassName).Write(code, operations);
        new StreamEventFamilyWriter(resolver).Write(code, document);
        code.AppendLine("}");
        return code.ToString();
    }
}
