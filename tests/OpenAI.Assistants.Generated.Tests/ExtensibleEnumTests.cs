using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// String enums are extensible <c>readonly struct</c>s: known values as statics, any other wire value kept.
/// </summary>
public class ExtensibleEnumTests
{
    /// <summary>Every extensible enum of the library: the structs with a static <c>KnownValues</c>.</summary>
    private static IEnumerable<Type> EnumTypes() =>
        typeof(AssistantsClient).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && t.GetProperty("KnownValues", BindingFlags.Public | BindingFlags.Static) is not null)
            .OrderBy(t => t.Name);

    [Test]
    public void Library_has_the_extensible_enums_of_the_document()
    {
        Assert.That(
            EnumTypes().Select(t => t.Name),
            Is.SupersetOf(new[]
            {
                "ListOrder", "AssistantModel", "MessageRole", "MessageStatus", "MessageIncompleteReason", "RunStatus",
                "RunLastErrorCode", "RunIncompleteReason", "TruncationType", "RunStepType", "RunStepStatus",
                "RunStepLastErrorCode", "NamedToolChoiceType", "ResponseFormatType",
            }));
    }

    [TestCaseSource(nameof(EnumTypes))]
    public void Enum_is_a_readonly_struct_with_the_expected_members(Type type)
    {
        Assert.Multiple(() =>
        {
            Assert.That(type.IsValueType, Is.True, "struct");
            Assert.That(type.GetCustomAttributes(typeof(IsReadOnlyAttribute), false), Is.Not.Empty, "readonly struct");
            Assert.That(typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type), Is.True, "IEquatable<T>");
            Assert.That(type.GetProperty("Value")?.PropertyType, Is.EqualTo(typeof(string)), "Value");
            Assert.That(type.GetProperty("IsKnown")?.PropertyType, Is.EqualTo(typeof(bool)), "IsKnown");
            Assert.That(type.GetConstructor(new[] { typeof(string) }), Is.Not.Null, "ctor(string)");
            Assert.That(
                type.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name == "op_Implicit" && m.ReturnType == type && m.GetParameters().Single().ParameterType == typeof(string)),
                Is.True,
                "implicit conversion from string");
            Assert.That(type.GetMethod("op_Equality", new[] { type, type }), Is.Not.Null, "==");
            Assert.That(type.GetMethod("op_Inequality", new[] { type, type }), Is.Not.Null, "!=");
        });
    }

    [TestCaseSource(nameof(EnumTypes))]
    public void Every_known_value_is_known_distinct_and_round_trips(Type type)
    {
        var known = ((IEnumerable)type.GetProperty("KnownValues")!.GetValue(null)!).Cast<object>().ToList();

        Assert.That(known, Is.Not.Empty);
        Assert.That(known.Select(Value), Is.Unique);
        foreach (var value in known)
        {
            Assert.That(IsKnown(value), Is.True, Value(value));
            Assert.That(value.ToString(), Is.EqualTo(Value(value)));
            var json = Json.Serialize(value);
            Assert.That(json, Is.EqualTo(JsonConvert.ToString(Value(value))));
            Assert.That(Json.Deserialize(json, type), Is.EqualTo(value));
        }
    }

    [TestCaseSource(nameof(EnumTypes))]
    public void Unknown_value_is_not_known_and_round_trips(Type type)
    {
        var read = Json.Deserialize("\"value_from_the_future\"", type);

        Assert.That(Value(read), Is.EqualTo("value_from_the_future"));
        Assert.That(IsKnown(read), Is.False);
        Assert.That(Json.Serialize(read), Is.EqualTo("\"value_from_the_future\""));
    }

    [TestCaseSource(nameof(EnumTypes))]
    public void Static_known_values_match_the_list(Type type)
    {
        var statics = type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type).Select(p => p.GetValue(null)!);
        var known = ((IEnumerable)type.GetProperty("KnownValues")!.GetValue(null)!).Cast<object>();

        Assert.That(statics, Is.EquivalentTo(known));
    }

    [Test]
    public void Run_status_known_values_are_the_documented_ones_in_order()
    {
        Assert.That(
            RunStatus.KnownValues.Select(v => v.Value),
            Is.EqualTo(new[] { "queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed", "completed", "expired" }));
        Assert.That(RunStatus.RequiresAction.Value, Is.EqualTo("requires_action"));
        Assert.That(MessageRole.KnownValues, Is.EqualTo(new[] { MessageRole.User, MessageRole.Assistant }));
        Assert.That(ListOrder.KnownValues.Select(v => v.Value), Is.EqualTo(new[] { "asc", "desc" }));
        Assert.That(AssistantModel.Gpt4Turbo.Value, Is.EqualTo("gpt-4-turbo"));
        Assert.That(AssistantModel.Gpt35Turbo16k0613.Value, Is.EqualTo("gpt-3.5-turbo-16k-0613"));
    }

    [Test]
    public void Unknown_run_status_deserializes_and_round_trips()
    {
        var status = Json.Deserialize<RunStatus>("\"incomplete\"");

        Assert.That(status.Value, Is.EqualTo("incomplete"));
        Assert.That(status.IsKnown, Is.False);
        Assert.That(status, Is.EqualTo(new RunStatus("incomplete")));
        Assert.That(Json.Serialize(status), Is.EqualTo("\"incomplete\""));
    }

    [Test]
    public void Implicit_conversion_from_string_equals_the_static_value()
    {
        RunStatus status = "completed";
        MessageRole role = "user";
        AssistantModel model = "gpt-4-turbo";

        Assert.That(status == RunStatus.Completed, Is.True);
        Assert.That(status != RunStatus.Completed, Is.False);
        Assert.That(status.Equals(RunStatus.Completed), Is.True);
        Assert.That(status.Equals((object)RunStatus.Completed), Is.True);
        Assert.That(status.GetHashCode(), Is.EqualTo(RunStatus.Completed.GetHashCode()));
        Assert.That(role, Is.EqualTo(MessageRole.User));
        Assert.That(model, Is.EqualTo(AssistantModel.Gpt4Turbo));
        Assert.That(model.IsKnown, Is.True);
    }

    [Test]
    public void Custom_model_from_string_is_unknown_but_usable()
    {
        AssistantModel model = "ft:gpt-3.5-turbo-0125:acme::9abc";

        Assert.That(model.IsKnown, Is.False);
        Assert.That(model.Value, Is.EqualTo("ft:gpt-3.5-turbo-0125:acme::9abc"));
        Assert.That(model.ToString(), Is.EqualTo("ft:gpt-3.5-turbo-0125:acme::9abc"));
    }

    [Test]
    public void Equality_is_ordinal()
    {
        RunStatus upper = "Completed";

        Assert.That(upper == RunStatus.Completed, Is.False);
        Assert.That(upper.Equals(RunStatus.Completed), Is.False);
        Assert.That(upper.IsKnown, Is.False);
        Assert.That(new MessageRole("user "), Is.Not.EqualTo(MessageRole.User));
    }

    [Test]
    public void Different_enum_types_with_the_same_value_are_not_equal()
    {
        Assert.That(RunStatus.Completed.Equals((object)RunStepStatus.Completed), Is.False);
    }

    [Test]
    public void Default_value_is_empty_and_unknown()
    {
        var status = default(RunStatus);

        Assert.That(status.Value, Is.EqualTo(string.Empty));
        Assert.That(status.ToString(), Is.EqualTo(string.Empty));
        Assert.That(status.IsKnown, Is.False);
        Assert.That(status, Is.Not.EqualTo(new RunStatus(string.Empty)));
        Assert.That(Json.Serialize(status), Is.EqualTo("null"));
    }

    [Test]
    public void Null_string_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new RunStatus(null!));
        Assert.Throws<ArgumentNullException>(() => { RunStatus status = (string)null!; _ = status; });
    }

    [Test]
    public void Non_string_json_is_rejected_with_a_serialization_error()
    {
        Assert.Throws<JsonSerializationException>(() => Json.Deserialize<RunStatus>("3"));
    }

    [Test]
    public void Nullable_enum_reads_null_as_null_and_a_value_as_the_value()
    {
        Assert.That(JsonConvert.DeserializeObject<RunStatus?>("null", AssistantsJson.CreateSettings()), Is.Null);
        Assert.That(Json.Deserialize<RunStatus?>("\"expired\""), Is.EqualTo(RunStatus.Expired));
    }

    [Test]
    public void Enums_work_as_dictionary_keys_by_value()
    {
        var counts = new Dictionary<RunStatus, int> { [RunStatus.Completed] = 1 };

        Assert.That(counts.ContainsKey("completed"), Is.True);
        Assert.That(counts.ContainsKey("incomplete"), Is.False);
    }

    private static string Value(object value) => (string)value.GetType().GetProperty("Value")!.GetValue(value)!;

    private static bool IsKnown(object value) => (bool)value.GetType().GetProperty("IsKnown")!.GetValue(value)!;
}
