using System.IO;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen.Tests;

/// <summary>Small OpenAPI documents written in a test, and NSwag's C# output for them.</summary>
internal static class TinyDocument
{
    /// <summary>A document with the given component schemas (YAML, indented by 4) and paths (indented by 2).</summary>
    /// <remarks>
    /// Synchronous on purpose, as are the tests that use NSwag types: an async method's state machine would hold them
    /// in fields, and NUnit could not load the test assembly's types before NSwagSetUp makes NSwag's assemblies resolvable.
    /// </remarks>
    public static OpenApiDocument Load(string schemas, string paths = "  {}") =>
        OpenApiYamlDocument.FromYamlAsync(
            "openapi: 3.0.0\n" +
            "info: {title: Tiny, version: '1'}\n" +
            "paths:\n" + paths + "\n" +
            "components:\n" +
            "  schemas:\n" + schemas + "\n").GetAwaiter().GetResult();

    /// <summary>Client settings like nswag.json's that matter here; no template overrides unless asked.</summary>
    public static CSharpClientGeneratorSettings Settings(bool withOurTemplates = false)
    {
        var settings = new CSharpClientGeneratorSettings { ClassName = "TinyClient", GenerateClientInterfaces = false, UseBaseUrl = false };
        var csharp = settings.CSharpGeneratorSettings;
        csharp.Namespace = "Tiny";
        csharp.JsonLibrary = CSharpJsonLibrary.NewtonsoftJson;
        csharp.ClassStyle = CSharpClassStyle.Poco;
        csharp.GenerateNullableReferenceTypes = true;
        csharp.GenerateOptionalPropertiesAsNullable = true;
        csharp.GenerateDefaultValues = false;
        csharp.GenerateDataAnnotations = false;
        csharp.RequiredPropertiesMustBeDefined = false;
        if (withOurTemplates)
        {
            csharp.TemplateDirectory = Path.Combine(NSwagSetUp.RepoRoot, "build", "templates");
        }

        return settings;
    }

    /// <summary>NSwag's file for the document, with the type mappings given (none: NSwag's own types).</summary>
    public static string Generate(OpenApiDocument document, CSharpClientGeneratorSettings settings, params ITypeMapping[] mappings)
    {
        var resolver = new ProjectTypeResolver(settings.CSharpGeneratorSettings, mappings);
        resolver.RegisterSchemaDefinitions(document.Definitions);
        return new CSharpClientGenerator(document, settings, resolver).GenerateFile();
    }
}
