using System;
using Newtonsoft.Json;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// Strings that look like dates stay the exact text the API sent: Newtonsoft's default would turn them into
/// <see cref="DateTime"/> values (and re-format them), which would change message text and metadata.
/// </summary>
public class DateLikeTextTests
{
    [Test]
    public void Client_settings_do_not_parse_dates()
    {
        Assert.That(AssistantsJson.CreateSettings().DateParseHandling, Is.EqualTo(DateParseHandling.None));
    }

    [TestCase("2024-04-15T10:00:00Z")]
    [TestCase("2024-04-15T10:00:00.1234567+02:00")]
    [TestCase("2024-04-15")]
    [TestCase("2024-04-15T10:00:00")]
    public void Date_like_message_text_survives_a_round_trip(string text)
    {
        var json = $$$"""
            {"id":"msg_1","object":"thread.message","created_at":1713175320,"thread_id":"thread_1","status":"completed","role":"assistant",
             "content":[{"type":"text","text":{"value":"{{{text}}}","annotations":[]}}],"file_ids":[],"metadata":{"due":"{{{text}}}"}}
            """;

        var message = Json.Deserialize<ThreadMessage>(json);

        Assert.That(((MessageTextContent)message.Content[0]).Text.Value, Is.EqualTo(text));
        Assert.That(message.Metadata!["due"], Is.EqualTo(text));
        var written = Json.Serialize(message);
        Assert.That(written, Does.Contain($"\"value\":\"{text}\""));
        Assert.That(written, Does.Contain($"\"due\":\"{text}\""));
        Json.AssertEquivalent(json, written);
    }

    [Test]
    public void Date_like_text_in_unknown_fields_stays_a_string()
    {
        const string json = """{"id":"thread_1","object":"thread","created_at":1,"metadata":{},"expires_at_iso":"2024-04-15T10:00:00Z"}""";

        var thread = Json.Deserialize<AssistantThread>(json);

        Assert.That(thread.AdditionalProperties["expires_at_iso"], Is.EqualTo("2024-04-15T10:00:00Z"));
        Assert.That(Json.Serialize(thread), Does.Contain("\"expires_at_iso\":\"2024-04-15T10:00:00Z\""));
    }

    [Test]
    public void Date_like_text_inside_an_unknown_polymorphic_object_stays_a_string()
    {
        // The polymorphic converter buffers the object before choosing a type; the buffer must not parse dates either.
        const string json = """{"type":"scheduler","scheduler":{"at":"2024-04-15T10:00:00.123+02:00"},"created":"2024-04-15T10:00:00Z"}""";

        var tool = Json.Deserialize<AssistantTool>(json);

        Assert.That(tool.AdditionalProperties["created"], Is.EqualTo("2024-04-15T10:00:00Z"));
        var written = Json.Serialize(tool);
        Assert.That(written, Does.Contain("\"at\":\"2024-04-15T10:00:00.123+02:00\""));
        Assert.That(written, Does.Contain("\"created\":\"2024-04-15T10:00:00Z\""));
        Json.AssertEquivalent(json, written);
    }

    [Test]
    public void Polymorphic_converter_keeps_date_like_text_even_under_settings_that_parse_dates()
    {
        // The converter promises this by itself, for callers that deserialize the models with their own settings.
        const string json = """{"type":"scheduler","scheduler":{"at":"2024-04-15T10:00:00.123+02:00"},"created":"2024-04-15T10:00:00Z"}""";
        var dateParsing = new JsonSerializerSettings { DateParseHandling = DateParseHandling.DateTime };

        var tool = JsonConvert.DeserializeObject<AssistantTool>(json, dateParsing)!;

        Assert.That(tool.AdditionalProperties["created"], Is.EqualTo("2024-04-15T10:00:00Z"));
        Json.AssertEquivalent(json, JsonConvert.SerializeObject(tool, dateParsing));
    }

    [Test]
    public void Date_like_arguments_of_a_required_tool_call_are_kept()
    {
        const string arguments = "{\"date\":\"2024-04-15T10:00:00Z\"}";
        var json = Fixture.Load("run_requires_action.json").Replace(
            "{\\\"city\\\":\\\"Paris\\\",\\\"unit\\\":\\\"celsius\\\"}", "{\\\"date\\\":\\\"2024-04-15T10:00:00Z\\\"}", StringComparison.Ordinal);
        Assume.That(json, Does.Contain("2024-04-15T10:00:00Z"));

        var run = Json.Deserialize<ThreadRun>(json);

        Assert.That(run.RequiredAction!.SubmitToolOutputs.ToolCalls[0].Function.Arguments, Is.EqualTo(arguments));
    }

    [Test]
    public void Date_like_values_in_function_parameters_stay_strings()
    {
        const string json = """{"type":"function","function":{"name":"events","parameters":{"type":"object","properties":{"since":{"type":"string","default":"2024-04-15T10:00:00Z"}}}}}""";

        var tool = (FunctionTool)Json.Deserialize<AssistantTool>(json);

        var since = Json.Token(tool.Function.Parameters)["properties"]!["since"]!["default"]!;
        Assert.That(since.Type, Is.EqualTo(Newtonsoft.Json.Linq.JTokenType.String));
        Assert.That((string?)since, Is.EqualTo("2024-04-15T10:00:00Z"));
        Assert.That(Json.Serialize(tool), Does.Contain("\"default\":\"2024-04-15T10:00:00Z\""));
    }

    [Test]
    public void Date_like_annotation_text_is_kept()
    {
        const string json = """{"type":"file_path","text":"2024-04-15T10:00:00Z","file_path":{"file_id":"file-1"},"start_index":0,"end_index":20}""";

        var annotation = (FilePathAnnotation)Json.Deserialize<TextAnnotation>(json);

        Assert.That(annotation.Text, Is.EqualTo("2024-04-15T10:00:00Z"));
        Json.AssertEquivalent(json, Json.Serialize(annotation));
    }
}
