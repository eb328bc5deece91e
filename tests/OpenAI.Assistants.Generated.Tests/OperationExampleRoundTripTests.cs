using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// One fixture per operation (<c>Fixtures/operations/&lt;operationId&gt;.json</c>) with the shape of the upstream
/// reference's response example for it: the same fields, ids, numbers, nulls, absent fields and nesting, in our own
/// words. Each reads into the type the client method returns and writes back token for token.
/// </summary>
public class OperationExampleRoundTripTests
{
    private static readonly string Folder = Path.Combine("Fixtures", "operations");

    private static IEnumerable<TestCaseData> Operations() =>
        DocumentOperationIds().Select(id => new TestCaseData(id).SetArgDisplayNames(id));

    /// <summary>The operationIds of the OpenAPI document.</summary>
    private static List<string> DocumentOperationIds()
    {
        var yaml = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "openapi", "assistants-v1.yaml"));
        return Regex.Matches(yaml, @"^\s*operationId:\s*['""]?(?<id>[A-Za-z0-9_]+)['""]?\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups["id"].Value)
            .ToList();
    }

    /// <summary>The model the client method of an operation returns (<c>getRun</c> → <c>GetRunAsync</c> → <see cref="ThreadRun"/>).</summary>
    private static Type ResponseType(string operationId)
    {
        var name = char.ToUpperInvariant(operationId[0]) + operationId.Substring(1) + "Async";
        var method = typeof(AssistantsClient).GetMethods(BindingFlags.Public | BindingFlags.Instance).Single(m => m.Name == name);
        Assert.That(method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>), $"{name} returns {method.ReturnType}.");
        return method.ReturnType.GetGenericArguments()[0];
    }

    [Test]
    public void Every_operation_has_a_fixture_and_every_fixture_an_operation()
    {
        var fixtures = Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, Folder), "*.json")
            .Select(file => Path.GetFileNameWithoutExtension(file)!)
            .ToHashSet();
        var operations = DocumentOperationIds();

        var missing = operations.Where(id => !fixtures.Contains(id))
            .Select(id => $"{id}: add tests/OpenAI.Assistants.Generated.Tests/Fixtures/operations/{id}.json, a response of the operation " +
                          "shaped like the upstream reference's example for it (same fields, nulls and nesting, in our own words)");
        var orphans = fixtures.Where(id => !operations.Contains(id))
            .Select(id => $"{id}.json: no operation of that id in openapi/assistants-v1.yaml; rename or remove the fixture");

        Assert.That(operations, Is.Not.Empty, "no operationId found in openapi/assistants-v1.yaml");
        Assert.That(missing.Concat(orphans), Is.Empty, "Operations and response fixtures differ:\n" + string.Join("\n", missing.Concat(orphans)));
    }

    [TestCaseSource(nameof(Operations))]
    public void Response_example_round_trips_token_for_token(string operationId)
    {
        var json = Fixture.Load(Path.Combine("operations", operationId + ".json"));
        var type = ResponseType(operationId);

        var value = Json.Deserialize(json, type);

        Json.AssertEquivalent(json, Json.Serialize(value));
    }

    [TestCaseSource(nameof(Operations))]
    public void Response_example_round_trips_through_the_client(string operationId)
    {
        // The same through the client's own reading path (AssistantsJson.Serializer, as the pipeline uses it).
        var json = Fixture.Load(Path.Combine("operations", operationId + ".json"));
        var type = ResponseType(operationId);

        object value;
        using (var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json)))
        {
            value = AssistantsJson.Serializer.Deserialize(reader, type)!;
        }

        var writer = new StringWriter();
        AssistantsJson.Serializer.Serialize(writer, value);
        Json.AssertEquivalent(json, writer.ToString());
    }
}
