using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>The generated client's public surface follows the project's conventions and covers the document.</summary>
public class ClientConventionsTests
{
    private static IEnumerable<MethodInfo> AsyncMethods() =>
        typeof(AssistantsClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .OrderBy(m => m.Name);

    private static IEnumerable<TestCaseData> AsyncMethodCases() =>
        AsyncMethods().Select(m => new TestCaseData(m).SetArgDisplayNames(m.Name));

    /// <summary>The operationIds of the OpenAPI document, as C# method names (<c>listAssistants</c> → <c>ListAssistantsAsync</c>).</summary>
    private static List<string> DocumentOperations()
    {
        var yaml = Fixture.LoadRepositoryFile("openapi/assistants-v1.yaml");
        return Regex.Matches(yaml, @"^\s*operationId:\s*['""]?(?<id>[A-Za-z0-9_]+)['""]?\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups["id"].Value)
            .Select(id => char.ToUpperInvariant(id[0]) + id.Substring(1) + "Async")
            .ToList();
    }

    [Test]
    public void Document_has_operations_with_unique_ids()
    {
        // No fixed count: the expected set is the document's. What a new operation needs (a response fixture, a
        // mapping, a contract test) is checked, and named, by OperationExampleRoundTripTests and the contract suite's
        // ConventionsTests.
        var operations = DocumentOperations();

        Assert.That(operations, Is.Not.Empty, "no operationId found in openapi/assistants-v1.yaml");
        Assert.That(operations, Is.Unique);
    }

    [Test]
    public void Client_has_a_method_for_every_operation_of_the_document()
    {
        var methods = AsyncMethods().Select(m => m.Name).ToHashSet();

        Assert.That(DocumentOperations().Where(op => !methods.Contains(op)), Is.Empty, "operations without a client method");
    }

    [Test]
    public void Client_interface_has_a_method_for_every_operation_of_the_document()
    {
        var methods = typeof(IAssistantsClient).GetMethods().Select(m => m.Name).ToHashSet();

        Assert.That(typeof(IAssistantsClient).IsAssignableFrom(typeof(AssistantsClient)), Is.True);
        Assert.That(DocumentOperations().Where(op => !methods.Contains(op)), Is.Empty, "operations missing from IAssistantsClient");
    }

    [Test]
    public void Client_interface_declares_every_public_virtual_method_of_the_client_including_the_helpers()
    {
        static string Signature(MethodInfo m) => m.ReturnType + " " + m.Name + "(" + string.Join(", ", m.GetParameters().Select(p => p.ParameterType)) + ")";
        var declared = typeof(IAssistantsClient).GetMethods().Select(Signature).ToHashSet();

        var missing = typeof(AssistantsClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsVirtual && !m.IsFinal && !m.IsSpecialName)
            .Select(Signature)
            .Where(s => !declared.Contains(s))
            .ToList();

        Assert.That(missing, Is.Empty, "public virtual methods missing from IAssistantsClient (add them to IAssistantsClient.Helpers.cs)");
        Assert.That(declared, Does.Contain(Signature(typeof(AssistantsClient).GetMethod(nameof(AssistantsClient.GetMessagesAsync))!)));
    }

    [TestCaseSource(nameof(AsyncMethodCases))]
    public void Task_method_is_named_Async(MethodInfo method)
    {
        Assert.That(method.Name, Does.EndWith("Async"));
    }

    [TestCaseSource(nameof(AsyncMethodCases))]
    public void Task_method_is_virtual(MethodInfo method)
    {
        Assert.That(method.IsVirtual && !method.IsFinal, Is.True, "overridable, so the client can be mocked or extended");
    }

    [TestCaseSource(nameof(AsyncMethodCases))]
    public void Task_method_takes_an_optional_cancellation_token_last(MethodInfo method)
    {
        var last = method.GetParameters().LastOrDefault();

        Assert.That(last?.ParameterType, Is.EqualTo(typeof(CancellationToken)));
        Assert.That(last!.IsOptional, Is.True);
        Assert.That(method.GetParameters().Count(p => p.ParameterType == typeof(CancellationToken)), Is.EqualTo(1));
    }

    [Test]
    public void Client_has_no_synchronous_operation_methods()
    {
        var operations = DocumentOperations().Select(op => op.Substring(0, op.Length - "Async".Length)).ToHashSet();

        Assert.That(typeof(AssistantsClient).GetMethods().Select(m => m.Name).Where(operations.Contains), Is.Empty);
    }
}
