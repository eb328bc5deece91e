using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.CodeGen.Tests;

/// <summary>The whole pipeline on the repository's nswag.json and OpenAPI document, as the build runs it.</summary>
public class GeneratorEndToEndTests
{
    private static string _code = null!;
    private static int _operations;

    [OneTimeSetUp]
    public static async Task GenerateTheClient()
    {
        var output = Path.Combine(Path.GetTempPath(), "codegen-e2e-" + Guid.NewGuid().ToString("N"), "AssistantsClient.g.cs");
        try
        {
            await Generator.RunAsync(Path.Combine(NSwagSetUp.RepoRoot, "nswag.json"), output);
            _code = await File.ReadAllTextAsync(output);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }

        var yaml = await File.ReadAllTextAsync(Path.Combine(NSwagSetUp.RepoRoot, "openapi", "assistants-v1.yaml"));
        _operations = Regex.Matches(yaml, @"^\s*operationId:", RegexOptions.Multiline).Count;
    }

    [Test]
    public void Every_operation_is_described_to_the_pipeline()
    {
        Assert.That(_operations, Is.GreaterThan(0));
        Assert.That(Regex.Matches(_code, Regex.Escape("OperationInfo.Describe(")).Count, Is.EqualTo(_operations));
        Assert.That(_code, Does.Not.Contain("#error"));
    }

    [Test]
    public void The_parameterless_constructor_is_private()
    {
        Assert.That(_code, Does.Contain("private AssistantsClient()"));
        Assert.That(_code, Does.Not.Contain("public AssistantsClient()"));
    }

    [Test]
    public void Plumbing_is_private_and_required_fields_are_lenient()
    {
        Assert.That(_code, Does.Contain("private Newtonsoft.Json.JsonSerializerSettings JsonSerializerSettings"));
        Assert.That(_code, Does.Contain("private struct ObjectResponseResult<T>"));
        Assert.That(_code, Does.Not.Contain("Required.DisallowNull"));
    }

    [Test]
    public void Names_enums_unions_and_timestamps_are_shaped()
    {
        Assert.That(_code, Does.Contain("public System.DateTimeOffset CreatedAt { get; set; }"));
        Assert.That(_code, Does.Contain("public readonly partial struct RunStatus"));
        Assert.That(_code, Does.Contain("public ToolChoice? ToolChoice { get; set; }"));
        Assert.That(_code, Does.Not.Match(@"class (ToolChoice|ResponseFormat)\b"));
        Assert.That(_code, Does.Not.Contain("StringEnumConverter"));
        Assert.That(_code, Does.Contain("GetThreadAsync(string threadId"));
    }

    [Test]
    public void Every_template_override_left_its_marker()
    {
        var templates = Directory.GetFiles(Path.Combine(NSwagSetUp.RepoRoot, "build", "templates"), "*.liquid");
        var missing = templates
            .SelectMany(file => Adjustments.TemplateOverrides.Markers(File.ReadAllText(file)).Select(marker => (File: Path.GetFileName(file), Marker: marker)))
            .Where(entry => !_code.Contains(entry.Marker, StringComparison.Ordinal));

        Assert.That(missing, Is.Empty);
    }
}
