using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.Commands;
using OpenAI.Assistants.CodeGen.Adjustments;

namespace OpenAI.Assistants.CodeGen;

/// <summary>
/// Loads nswag.json and the OpenAPI document, runs NSwag's C# client generator with our adjustments (Adjustments/,
/// one class each, applied in the order below) and writes the generated client.
/// </summary>
internal static class Generator
{
    public static async Task RunAsync(string nswagJsonPath, string outputPath)
    {
        var stopwatch = Stopwatch.StartNew();
        var (settings, document, inputPath) = await LoadAsync(nswagJsonPath).ConfigureAwait(false);
        var code = Generate(settings, document);

        // Rewritten only when the code changed, so that an input edit that changes no code recompiles nothing.
        var unchanged = File.Exists(outputPath) && string.Equals(await File.ReadAllTextAsync(outputPath).ConfigureAwait(false), code, StringComparison.Ordinal);
        if (!unchanged)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
            await File.WriteAllTextAsync(outputPath, code).ConfigureAwait(false);
        }

        Console.WriteLine($"CodeGen: {Path.GetFileName(inputPath)} -> {outputPath} ({code.Length:N0} chars, {document.Operations.Count()} operations, {(unchanged ? "unchanged" : "written")}) in {stopwatch.ElapsedMilliseconds} ms");
    }

    /// <summary>The pipeline: NSwag's generator between the adjustments of its input and those of its output.</summary>
    public static string Generate(CSharpClientGeneratorSettings settings, OpenApiDocument document)
    {
        var templates = settings.CodeGeneratorSettings.TemplateDirectory
            ?? throw new InvalidOperationException("nswag.json must name the templateDirectory (build/templates).");
        TemplateOverrides.CheckEachReplacesAnUpstreamTemplate(templates, TemplateOverrides.UpstreamNames());

        PascalCaseNames.Apply(settings);
        var unions = Unions.Apply(document, settings);
        ExtensibleEnums.Apply(document);

        var resolver = new ProjectTypeResolver(settings.CSharpGeneratorSettings, unions, new UnixTimestamps(), new ExtensibleEnums());
        resolver.RegisterSchemaDefinitions(document.Definitions);
        var code = new CSharpClientGenerator(document, settings, resolver).GenerateFile();

        code = Leniency.Apply(code);
        code = PrivateBaseConstructor.Apply(code, settings.ClassName);
        code = PrivatePlumbing.Apply(code);
        code = Utf8RequestBodies.Apply(code, document.Operations.Count(o => o.Operation.RequestBody is not null));
        code += Convenience.ConvenienceCode.Generate(document, settings, resolver);

        TemplateOverrides.CheckEachAppearsInOutput(code, templates);
        return code;
    }

    /// <summary>nswag.json's client settings and the document it names.</summary>
    public static async Task<(CSharpClientGeneratorSettings Settings, OpenApiDocument Document, string InputPath)> LoadAsync(string nswagJsonPath)
    {
        var nswag = await NSwagDocument.LoadAsync(nswagJsonPath).ConfigureAwait(false);
        var command = nswag.CodeGenerators.OpenApiToCSharpClientCommand
            ?? throw new InvalidOperationException("nswag.json has no openApiToCSharpClient code generator.");
        // NSwagDocument.LoadAsync already resolves the url and templateDirectory of nswag.json against its folder.
        var inputPath = nswag.SwaggerGenerators.FromDocumentCommand?.Url
            ?? throw new InvalidOperationException("nswag.json must read the OpenAPI document through documentGenerator.fromDocument.url.");
        var document = await OpenApiYamlDocument.FromFileAsync(inputPath).ConfigureAwait(false);
        return (command.Settings, document, inputPath);
    }
}
