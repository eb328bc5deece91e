using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>Keeps the contract suite complete: every operation of the OpenAPI document has at least one contract test.</summary>
[TestFixture]
public sealed class ConventionsTests
{
    [Test]
    public void EveryOperationInTheOpenApiDocument_HasAContractTest()
    {
        var yaml = File.ReadAllText(RepoPaths.OpenApiDocument);
        var operations = Regex.Matches(yaml, @"operationId:\s*(\w+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(operations, Is.Not.Empty, "No operationId found in " + RepoPaths.OpenApiDocument);

        var testNames = typeof(ConventionsTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<TestAttribute>().Any() || m.GetCustomAttributes<TestCaseAttribute>().Any())
            .Select(m => m.Name)
            .ToList();

        var missing = operations
            .Select(id => char.ToUpperInvariant(id[0]) + id.Substring(1))
            .Where(name => !testNames.Any(test => test.StartsWith(name + "_", System.StringComparison.Ordinal)))
            .ToList();

        Assert.That(missing, Is.Empty, "Operations without a contract test (add a [Test] named <Operation>_...):\n" + string.Join("\n", missing));
    }
}
