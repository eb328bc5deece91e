using System;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// <see cref="ToolChoice"/> and <see cref="ResponseFormat"/>: a string or an object on the wire, both read and written.
/// </summary>
public class UnionTests
{
    // ----------------------------------------------------------------- ToolChoice

    [TestCase("auto")]
    [TestCase("none")]
    public void Tool_choice_known_string_reads_as_the_static_value(string mode)
    {
        var choice = Json.Deserialize<ToolChoice>($"\"{mode}\"");

        Assert.That(choice.Mode, Is.EqualTo(mode));
        Assert.That(choice.Tool, Is.Null);
        Assert.That(choice, Is.SameAs(mode == "auto" ? ToolChoice.Auto : ToolChoice.None));
        Assert.That(Json.Serialize(choice), Is.EqualTo($"\"{mode}\""));
    }

    [Test]
    public void Tool_choice_unknown_string_is_kept_and_written_back()
    {
        var choice = Json.Deserialize<ToolChoice>("\"required\"");

        Assert.That(choice.Mode, Is.EqualTo("required"));
        Assert.That(choice.Tool, Is.Null);
        Assert.That(choice, Is.EqualTo(ToolChoice.FromMode("required")));
        Assert.That(choice, Is.Not.EqualTo(ToolChoice.Auto));
        Assert.That(Json.Serialize(choice), Is.EqualTo("\"required\""));
    }

    [Test]
    public void Tool_choice_function_object_reads_the_named_function()
    {
        const string json = """{"type":"function","function":{"name":"f"}}""";

        var choice = Json.Deserialize<ToolChoice>(json);

        Assert.That(choice.Mode, Is.Null);
        Assert.That(choice.Tool!.Type, Is.EqualTo(NamedToolChoiceType.Function));
        Assert.That(choice.Tool.Function!.Name, Is.EqualTo("f"));
        Assert.That(choice.ToString(), Is.EqualTo("function:f"));
        Json.AssertEquivalent(json, Json.Serialize(choice));
    }

    [Test]
    public void Tool_choice_in_a_run_reads_its_object_form()
    {
        var run = Fixture.Read<ThreadRun>("run_requires_action.json");

        Assert.That(run.ToolChoice!.Tool!.Type, Is.EqualTo(NamedToolChoiceType.Function));
        Assert.That(run.ToolChoice.Tool.Function!.Name, Is.EqualTo("get_weather"));
    }

    [Test]
    public void Tool_choice_in_a_run_reads_its_string_form()
    {
        var run = Fixture.Read<ThreadRun>("run_completed.json");

        Assert.That(run.ToolChoice, Is.SameAs(ToolChoice.Auto));
    }

    [Test]
    public void Tool_choice_null_reads_as_null()
    {
        var run = Json.Deserialize<ThreadRun>("""{"id":"run_1","tool_choice":null,"response_format":null}""");

        Assert.That(run.ToolChoice, Is.Null);
        Assert.That(run.ResponseFormat, Is.Null);
    }

    [Test]
    public void Tool_choice_function_writes_the_function_object()
    {
        Json.AssertEquivalent("""{"type":"function","function":{"name":"get_weather"}}""", Json.Serialize(ToolChoice.Function("get_weather")));
    }

    [Test]
    public void Tool_choice_named_builtin_tools_write_only_the_type()
    {
        Assert.That(Json.Serialize(ToolChoice.CodeInterpreter), Is.EqualTo("""{"type":"code_interpreter"}"""));
        Assert.That(Json.Serialize(ToolChoice.Retrieval), Is.EqualTo("""{"type":"retrieval"}"""));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Tool_choice_function_without_a_name_throws(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => ToolChoice.Function(name));

        Assert.That(exception!.ParamName, Is.EqualTo("name"));
    }

    [Test]
    public void Tool_choice_function_with_a_null_name_throws()
    {
        Assert.Throws(Is.InstanceOf<ArgumentException>(), () => ToolChoice.Function(null!));
    }

    [Test]
    public void Tool_choice_string_forms_compare_by_value()
    {
        Assert.That(ToolChoice.FromMode("auto"), Is.EqualTo(ToolChoice.Auto));
        Assert.That(ToolChoice.FromMode("auto").GetHashCode(), Is.EqualTo(ToolChoice.Auto.GetHashCode()));
        Assert.That(ToolChoice.FromMode("Auto"), Is.Not.EqualTo(ToolChoice.Auto));
    }

    [Test]
    public void Tool_choice_object_forms_with_the_same_content_are_equal()
    {
        // ToolChoice implements IEquatable<ToolChoice>: a choice read from a response should equal the one built in code.
        var read = Json.Deserialize<ToolChoice>("""{"type":"function","function":{"name":"f"}}""");

        Assert.That(ToolChoice.Function("f").Equals(ToolChoice.Function("f")), Is.True);
        Assert.That(read.Equals(ToolChoice.Function("f")), Is.True);
        Assert.That(read.GetHashCode(), Is.EqualTo(ToolChoice.Function("f").GetHashCode()));
        Assert.That(ToolChoice.CodeInterpreter.Equals(ToolChoice.CodeInterpreter), Is.True);
        Assert.That(ToolChoice.Function("f").Equals(ToolChoice.Function("g")), Is.False);
    }

    [Test]
    public void Tool_choice_string_and_object_forms_are_not_equal()
    {
        Assert.That(ToolChoice.Auto.Equals(ToolChoice.Function("auto")), Is.False);
        Assert.That(ToolChoice.Function("auto").Equals(ToolChoice.Auto), Is.False);
    }

    // ----------------------------------------------------------------- ResponseFormat

    [TestCase("auto")]
    [TestCase("none")]
    public void Response_format_known_string_reads_as_the_static_value(string mode)
    {
        var format = Json.Deserialize<ResponseFormat>($"\"{mode}\"");

        Assert.That(format.Mode, Is.EqualTo(mode));
        Assert.That(format.Format, Is.Null);
        Assert.That(format, Is.SameAs(mode == "auto" ? ResponseFormat.Auto : ResponseFormat.None));
        Assert.That(Json.Serialize(format), Is.EqualTo($"\"{mode}\""));
    }

    [Test]
    public void Response_format_unknown_string_is_kept_and_written_back()
    {
        var format = Json.Deserialize<ResponseFormat>("\"strict_json\"");

        Assert.That(format.Mode, Is.EqualTo("strict_json"));
        Assert.That(format.Format, Is.Null);
        Assert.That(Json.Serialize(format), Is.EqualTo("\"strict_json\""));
    }

    [TestCase("json_object")]
    [TestCase("text")]
    public void Response_format_object_reads_its_type(string type)
    {
        var json = $$"""{"type":"{{type}}"}""";

        var format = Json.Deserialize<ResponseFormat>(json);

        Assert.That(format.Mode, Is.Null);
        Assert.That(format.Format!.Type, Is.EqualTo(new ResponseFormatType(type)));
        Assert.That(format.Format.Type!.Value.IsKnown, Is.True);
        Assert.That(format.ToString(), Is.EqualTo(type));
        Json.AssertEquivalent(json, Json.Serialize(format));
    }

    [Test]
    public void Response_format_in_a_run_reads_its_object_form()
    {
        var run = Fixture.Read<ThreadRun>("run_completed.json");

        Assert.That(run.ResponseFormat!.Mode, Is.Null);
        Assert.That(run.ResponseFormat.Format!.Type, Is.EqualTo(ResponseFormatType.JsonObject));
    }

    [Test]
    public void Response_format_in_a_run_reads_its_string_form()
    {
        var run = Fixture.Read<ThreadRun>("run_requires_action.json");

        Assert.That(run.ResponseFormat, Is.SameAs(ResponseFormat.Auto));
    }

    [Test]
    public void Response_format_static_objects_write_their_type()
    {
        Assert.That(Json.Serialize(ResponseFormat.JsonObject), Is.EqualTo("""{"type":"json_object"}"""));
        Assert.That(Json.Serialize(ResponseFormat.Text), Is.EqualTo("""{"type":"text"}"""));
    }

    [Test]
    public void Response_format_object_forms_with_the_same_content_are_equal()
    {
        // ResponseFormat implements IEquatable<ResponseFormat>: JSON mode read from a run should equal ResponseFormat.JsonObject.
        var read = Json.Deserialize<ResponseFormat>("""{"type":"json_object"}""");

        Assert.That(ResponseFormat.JsonObject.Equals(ResponseFormat.JsonObject), Is.True);
        Assert.That(read.Equals(ResponseFormat.JsonObject), Is.True);
        Assert.That(read.GetHashCode(), Is.EqualTo(ResponseFormat.JsonObject.GetHashCode()));
        Assert.That(ResponseFormat.JsonObject.Equals(ResponseFormat.Text), Is.False);
    }

    [Test]
    public void Union_factories_reject_null()
    {
        Assert.Throws<ArgumentNullException>(() => ToolChoice.FromMode(null!));
        Assert.Throws<ArgumentNullException>(() => ToolChoice.FromTool(null!));
        Assert.Throws<ArgumentNullException>(() => ResponseFormat.FromMode(null!));
        Assert.Throws<ArgumentNullException>(() => ResponseFormat.FromFormat(null!));
    }

    [Test]
    public void Union_of_the_wrong_json_kind_is_rejected_with_a_serialization_error()
    {
        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => Json.Deserialize<ToolChoice>("42"));
        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => Json.Deserialize<ResponseFormat>("[]"));
    }
}
