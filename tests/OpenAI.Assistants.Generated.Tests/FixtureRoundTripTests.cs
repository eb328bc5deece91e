using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// Every recorded payload reads and writes back to the same JSON: explicit nulls stay, absent fields stay absent.
/// </summary>
public class FixtureRoundTripTests
{
    private static IEnumerable<TestCaseData> Fixtures()
    {
        yield return new TestCaseData("assistant.json", typeof(Assistant));
        yield return new TestCaseData("assistant_unknown_tool.json", typeof(Assistant));
        yield return new TestCaseData("thread.json", typeof(AssistantThread));
        yield return new TestCaseData("message.json", typeof(ThreadMessage));
        yield return new TestCaseData("run_requires_action.json", typeof(ThreadRun));
        yield return new TestCaseData("run_completed.json", typeof(ThreadRun));
        yield return new TestCaseData("run_unknown_status.json", typeof(ThreadRun));
        yield return new TestCaseData("run_step_tool_calls.json", typeof(RunStep));
        yield return new TestCaseData("run_step_message_creation.json", typeof(RunStep));
        yield return new TestCaseData("list_messages.json", typeof(ListMessagesResponse));
        yield return new TestCaseData("list_empty_page.json", typeof(ListRunsResponse));
        yield return new TestCaseData("error.json", typeof(ApiErrorResponse));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_round_trips(string fixture, Type type)
    {
        var json = Fixture.Load(fixture);

        var value = Json.Deserialize(json, type);

        Json.AssertEquivalent(Json.Parse(json), Json.Serialize(value));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_has_no_field_the_model_does_not_know_unless_it_is_a_forward_compatibility_fixture(string fixture, Type type)
    {
        // Guards the fixtures themselves: a misspelt field would land in AdditionalProperties and round-trip silently.
        var value = Json.Deserialize(Fixture.Load(fixture), type);

        var unknown = new List<string>();
        Collect(value, "$", unknown);

        if (fixture == "assistant_unknown_tool.json")
        {
            Assert.That(unknown, Is.EquivalentTo(new[] { "$.tools[0].type", "$.tools[0].file_search", "$.tool_resources", "$.top_p", "$.temperature", "$.response_format" }));
        }
        else
        {
            Assert.That(unknown, Is.Empty);
        }
    }

    private static void Collect(object? value, string path, List<string> unknown)
    {
        switch (value)
        {
            case null or string or Newtonsoft.Json.Linq.JToken:
                return;
            case System.Collections.IDictionary:
                return;
            case System.Collections.IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    Collect(list[i], $"{path}[{i}]", unknown);
                }

                return;
        }

        var type = value.GetType();
        if (type.Namespace != typeof(Assistant).Namespace || type.IsValueType)
        {
            return;
        }

        foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            if (property.Name == "AdditionalProperties")
            {
                foreach (var key in ((IDictionary<string, object>)property.GetValue(value)!).Keys)
                {
                    unknown.Add($"{path}.{key}");
                }
            }
            else if (property.GetIndexParameters().Length == 0)
            {
                var name = (property.GetCustomAttributes(typeof(Newtonsoft.Json.JsonPropertyAttribute), true) is [Newtonsoft.Json.JsonPropertyAttribute attribute, ..]) ? attribute.PropertyName : property.Name;
                Collect(property.GetValue(value), $"{path}.{name}", unknown);
            }
        }
    }
}
