using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.Commands;

namespace OpenAI.Assistants.CodeGen;

/// <summary>Loads nswag.json and the OpenAPI document, adjusts them and writes the generated client.</summary>
internal static class Generator
{
    public static async Task RunAsync(string nswagJsonPath, string outputPath)
    {
        var stopwatch = Stopwatch.StartNew();
        var nswag = await NSwagDocument.LoadAsync(nswagJsonPath).ConfigureAwait(false);
        var command = nswag.CodeGenerators.OpenApiToCSharpClientCommand
            ?? throw new InvalidOperationException("nswag.json has no openApiToCSharpClient code generator.");
        // NSwagDocument.LoadAsync already resolves the url and templateDirectory of nswag.json against its folder.
        var inputPath = nswag.SwaggerGenerators.FromDocumentCommand?.Url
            ?? throw new InvalidOperationException("nswag.json must read the OpenAPI document through documentGenerator.fromDocument.url.");

        var document = await OpenApiYamlDocument.FromFileAsync(inputPath).ConfigureAwait(false);
        var settings = command.Settings;
        var csharp = settings.CSharpGeneratorSettings;

        var adjustments = DocumentAdjustments.Apply(document);
        // The unions are written by hand (src/.../Unions); NSwag must not emit empty classes of the same names.
        csharp.ExcludedTypeNames = (csharp.ExcludedTypeNames ?? Array.Empty<string>()).Concat(adjustments.Unions.Values).ToArray();

        csharp.PropertyNameGenerator = new PascalCasePropertyNameGenerator();
        csharp.EnumNameGenerator = new PascalCaseEnumNameGenerator();
        settings.ParameterNameGenerator = new CamelCaseParameterNameGenerator();

        var resolver = new ProjectTypeResolver(csharp, adjustments);
        resolver.RegisterSchemaDefinitions(document.Definitions);
        var generator = new CSharpClientGenerator(document, settings, resolver);
        var code = PrivatePlumbing(PrivateBaseConstructor(Leniency(generator.GenerateFile()), settings.ClassName));
        code += Convenience.ConvenienceCode.Generate(document, settings, resolver);

        // Rewritten only when the code changed, so that an input edit that changes no code recompiles nothing.
        var unchanged = File.Exists(outputPath) && string.Equals(await File.ReadAllTextAsync(outputPath).ConfigureAwait(false), code, StringComparison.Ordinal);
        if (!unchanged)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
            await File.WriteAllTextAsync(outputPath, code).ConfigureAwait(false);
        }

        Console.WriteLine($"CodeGen: {Path.GetFileName(inputPath)} -> {outputPath} ({code.Length:N0} chars, {document.Operations.Count()} operations, {(unchanged ? "unchanged" : "written")}) in {stopwatch.ElapsedMilliseconds} ms");
    }

    /// <summary>
    /// NJsonSchema marks required, non-nullable properties <c>Required.DisallowNull</c>, so a response that
    /// sends <c>null</c> for one (the API does, e.g. <c>instructions</c>) fails to deserialize. The client is
    /// lenient where the API is: such a null leaves the property at its default instead.
    /// No setting or template hook reaches this attribute argument, hence the one textual replacement.
    /// </summary>
    private static string Leniency(string code)
    {
        const string strict = "Required = Newtonsoft.Json.Required.DisallowNull";
        if (!code.Contains(strict, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Expected NSwag to emit '{strict}'; the generator changed, review Leniency().");
        }

        return code.Replace(strict, "Required = Newtonsoft.Json.Required.Default", StringComparison.Ordinal);
    }

    /// <summary>
    /// With the HTTP pipeline supplied by <c>CreateHttpClientAsync</c> (nswag.json: <c>useHttpClientCreationMethod</c>),
    /// NSwag emits a public parameterless constructor, which would build a client with no pipeline. The hand-written
    /// constructors chain to it, so it stays, but private. No setting or template reaches its access modifier.
    /// </summary>
    private static string PrivateBaseConstructor(string code, string className)
    {
        var generated = $"public {className}()";
        var count = code.Split(generated).Length - 1;
        if (count != 1)
        {
            throw new InvalidOperationException($"Expected NSwag to emit '{generated}' once (found {count}); the generator changed, review PrivateBaseConstructor().");
        }

        return code.Replace(generated, $"private {className}()", StringComparison.Ordinal);
    }

    /// <summary>
    /// NSwag's client class exposes two pieces of its plumbing to subclasses: the serializer settings property and the
    /// struct its response reader returns. Neither is a promise we want in the public API (the pipeline reads the
    /// bodies; subclasses exist for test doubles), and <c>Client.Class.liquid</c> writes both modifiers inline.
    /// </summary>
    private static string PrivatePlumbing(string code)
    {
        foreach (var (from, to) in new[]
        {
            ("protected Newtonsoft.Json.JsonSerializerSettings JsonSerializerSettings", "private Newtonsoft.Json.JsonSerializerSettings JsonSerializerSettings"),
            ("protected struct ObjectResponseResult<T>", "private struct ObjectResponseResult<T>"),
        })
        {
            var count = code.Split(from).Length - 1;
            if (count != 1)
            {
                throw new InvalidOperationException($"Expected NSwag to emit '{from}' once (found {count}); the generator changed, review PrivatePlumbing().");
            }

            code = code.Replace(from, to, StringComparison.Ordinal);
        }

        return code;
    }
}
