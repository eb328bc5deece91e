using System.IO;
using System.Linq;
using System.Reflection;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// Keeps the contract suite complete: every operation of the OpenAPI document has a mapping and a contract test. The
/// expected set comes from the document, so a new operation fails here with what to add for it.
/// </summary>
[TestFixture]
public sealed class ConventionsTests
{
    [Test]
    public void EveryOperationInTheOpenApiDocument_HasAContractTest()
    {
        var operations = OpenApiOperation.FromDocument();
        Assert.That(operations, Is.Not.Empty, "No operationId found in " + RepoPaths.OpenApiDocument);
        Assert.That(operations.Where(op => op.Method == "?" || op.Path == "?"), Is.Empty, "operations whose method or path was not read");

        var testNames = typeof(ConventionsTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<TestAttribute>().Any() || m.GetCustomAttributes<TestCaseAttribute>().Any())
            .Select(m => m.Name)
            .ToList();

        var missing = operations
            .Where(op => !testNames.Any(test => test.StartsWith(op.Name + "_", System.StringComparison.Ordinal)))
            .Select(op => $"{op.Id} ({op.Method} {op.Path}): add a [Test] named {op.Name}_<Sends...>_<Returns...> to the <Area>ContractTests.cs " +
                          $"of its area, calling {op.Name}Async against its mapping Mappings/<Area>/{op.Name}.json")
            .ToList();

        Assert.That(missing, Is.Empty, "Operations without a contract test:\n" + string.Join("\n", missing));
    }

    [Test]
    public void EveryOperationInTheOpenApiDocument_HasAMappingNamedAfterIt()
    {
        var mappings = Directory.GetFiles(RepoPaths.MappingsDirectory, "*.json", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet();

        var missing = OpenApiOperation.FromDocument()
            .Where(op => !mappings.Contains(op.Name))
            .Select(op => $"{op.Id}: add Mappings/<Area>/{op.Name}.json, a WireMock.Net mapping that matches {op.Method} /v1{op.Path} " +
                          $"and answers with a response fixture in Fixtures/ (see Mappings/README.md)")
            .ToList();

        Assert.That(missing, Is.Empty, "Operations without a mapping:\n" + string.Join("\n", missing));
    }
}
