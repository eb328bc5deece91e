using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// What a newer API sends - unknown discriminators, unknown fields - is kept and written back unchanged.
/// </summary>
public class ForwardCompatibilityTests
{
    private const string FileSearchTool = """{"type":"file_search","file_search":{"max_num_results":5}}""";

    [Test]
    public void Unknown_tool_type_deserializes_to_the_base_class_with_its_fields_kept()
    {
        var tool = Json.Deserialize<AssistantTool>(FileSearchTool);

        Assert.That(tool.GetType(), Is.EqualTo(typeof(AssistantTool)));
        Assert.That(tool.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "type", "file_search" }));
        Assert.That(tool.AdditionalProperties["type"], Is.EqualTo("file_search"));
        Assert.That((int?)Json.Token(tool.AdditionalProperties["file_search"])["max_num_results"], Is.EqualTo(5));
    }

    [Test]
    public void Unknown_tool_type_serializes_back_unchanged()
    {
        var tool = Json.Deserialize<AssistantTool>(FileSearchTool);

        Json.AssertEquivalent(FileSearchTool, Json.Serialize(tool));
    }

    [Test]
    public void Assistant_with_an_unknown_tool_keeps_the_known_tools_typed()
    {
        var assistant = Fixture.Read<Assistant>("assistant_unknown_tool.json");

        Assert.That(assistant.Tools, Has.Count.EqualTo(2));
        Assert.That(assistant.Tools[0].GetType(), Is.EqualTo(typeof(AssistantTool)));
        Assert.That(assistant.Tools[0].AdditionalProperties["type"], Is.EqualTo("file_search"));
        Assert.That(assistant.Tools[1], Is.TypeOf<CodeInterpreterTool>());
        Assert.That(assistant.Model, Is.EqualTo("gpt-4o"));
    }

    [Test]
    public void Unknown_top_level_fields_land_in_AdditionalProperties()
    {
        var assistant = Fixture.Read<Assistant>("assistant_unknown_tool.json");

        Assert.That(assistant.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "tool_resources", "top_p", "temperature", "response_format" }));
        Assert.Multiple(() =>
        {
            Assert.That((double)Json.Token(assistant.AdditionalProperties["top_p"]), Is.EqualTo(0.9));
            Assert.That((double)Json.Token(assistant.AdditionalProperties["temperature"]), Is.EqualTo(0.5));
            Assert.That((string?)Json.Token(assistant.AdditionalProperties["response_format"]), Is.EqualTo("auto"));
            Assert.That(
                Json.Token(assistant.AdditionalProperties["tool_resources"])["file_search"]!["vector_store_ids"]!.Values<string>(),
                Is.EqualTo(new[] { "vs_abc123" }));
        });
    }

    [Test]
    public void Assistant_with_unknown_tool_and_fields_round_trips()
    {
        var json = Fixture.Load("assistant_unknown_tool.json");

        var assistant = Json.Deserialize<Assistant>(json);

        Json.AssertEquivalent(Json.Parse(json), Json.Serialize(assistant));
    }

    private static IEnumerable<TestCaseData> UnknownDiscriminators()
    {
        yield return new TestCaseData(typeof(MessageContent), """{"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"high"}}""")
            .SetArgDisplayNames("MessageContent image_url");
        yield return new TestCaseData(typeof(TextAnnotation), """{"type":"url_citation","text":"[1]","url_citation":{"url":"https://example.com"},"start_index":0,"end_index":3}""")
            .SetArgDisplayNames("TextAnnotation url_citation");
        yield return new TestCaseData(typeof(RunStepDetails), """{"type":"web_search","web_search":{"queries":["weather paris"]}}""")
            .SetArgDisplayNames("RunStepDetails web_search");
        yield return new TestCaseData(typeof(RunStepToolCall), """{"id":"call_fs","type":"file_search","file_search":{"ranking_options":{"ranker":"auto","score_threshold":0.0},"results":[]}}""")
            .SetArgDisplayNames("RunStepToolCall file_search");
        yield return new TestCaseData(typeof(CodeInterpreterOutput), """{"type":"chart","chart":{"file_id":"file-1","kind":"bar"}}""")
            .SetArgDisplayNames("CodeInterpreterOutput chart");
        yield return new TestCaseData(typeof(AssistantTool), FileSearchTool)
            .SetArgDisplayNames("AssistantTool file_search");
    }

    [TestCaseSource(nameof(UnknownDiscriminators))]
    public void Unknown_discriminator_reads_as_the_base_class_and_writes_back_unchanged(Type baseType, string json)
    {
        var value = Json.Deserialize(json, baseType);

        Assert.That(value.GetType(), Is.EqualTo(baseType));
        var additional = (IDictionary<string, object>)baseType.GetProperty("AdditionalProperties")!.GetValue(value)!;
        Assert.That(additional["type"], Is.EqualTo((string?)Json.Parse(json)["type"]));
        Json.AssertEquivalent(json, Json.Serialize(value));
    }

    [Test]
    public void Unknown_content_inside_a_message_is_kept_next_to_known_content()
    {
        var json = """
            {"id":"msg_1","object":"thread.message","created_at":1713175320,"thread_id":"thread_1","status":"completed",
             "role":"user","content":[
               {"type":"text","text":{"value":"What is in this picture?","annotations":[]}},
               {"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"auto"}}],
             "file_ids":[],"metadata":{},"attachments":[{"file_id":"file-1","tools":[{"type":"file_search"}]}]}
            """;

        var message = Json.Deserialize<ThreadMessage>(json);

        Assert.That(message.Content[0], Is.TypeOf<MessageTextContent>());
        Assert.That(message.Content[1].GetType(), Is.EqualTo(typeof(MessageContent)));
        Assert.That((string?)Json.Token(message.Content[1].AdditionalProperties["image_url"])["url"], Is.EqualTo("https://example.com/cat.png"));
        Assert.That(message.AdditionalProperties.ContainsKey("attachments"), Is.True);
        Json.AssertEquivalent(json, Json.Serialize(message));
    }

    [Test]
    public void Unknown_fields_on_a_known_subclass_are_kept_without_the_discriminator()
    {
        var json = """{"type":"function","function":{"name":"f","parameters":{"type":"object"},"strict":true},"cache_control":{"ttl":60}}""";

        var tool = Json.Deserialize<AssistantTool>(json);

        Assert.That(tool, Is.TypeOf<FunctionTool>());
        var function = (FunctionTool)tool;
        Assert.That(function.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "cache_control" }));
        Assert.That((int?)Json.Token(function.AdditionalProperties["cache_control"])["ttl"], Is.EqualTo(60));
        Assert.That(function.Function.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "strict" }));
        Assert.That(Json.Token(function.Function.AdditionalProperties["strict"]).Value<bool>(), Is.True);
        Json.AssertEquivalent(json, Json.Serialize(tool));
    }

    [Test]
    public void Unknown_fields_on_nested_objects_round_trip()
    {
        var json = """
            {"id":"run_1","object":"thread.run","created_at":1,"thread_id":"thread_1","assistant_id":"asst_1","status":"completed",
             "model":"gpt-4-turbo","instructions":"i","tools":[],"file_ids":[],"metadata":{},
             "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"prompt_token_details":{"cached_tokens":1}},
             "truncation_strategy":{"type":"auto","last_messages":null,"min_messages":2},
             "tool_choice":"auto","response_format":"auto","parallel_tool_calls":true}
            """;

        var run = Json.Deserialize<ThreadRun>(json);

        Assert.That(run.Usage!.AdditionalProperties.ContainsKey("prompt_token_details"), Is.True);
        Assert.That(run.TruncationStrategy!.AdditionalProperties["min_messages"], Is.EqualTo(2L));
        Assert.That(run.AdditionalProperties["parallel_tool_calls"], Is.EqualTo(true));
        Json.AssertEquivalent(Json.Parse(json), Json.Serialize(run));
    }

    [Test]
    public void Run_with_unknown_status_keeps_the_status_and_round_trips()
    {
        var json = Fixture.Load("run_unknown_status.json");

        var run = Json.Deserialize<ThreadRun>(json);

        Assert.Multiple(() =>
        {
            Assert.That(run.Status.Value, Is.EqualTo("incomplete"));
            Assert.That(run.Status.IsKnown, Is.False);
            Assert.That(RunStatus.KnownValues, Does.Not.Contain(run.Status));
            Assert.That(run.IncompleteDetails!.Reason, Is.EqualTo(RunIncompleteReason.MaxCompletionTokens));
            Assert.That(run.MaxCompletionTokens, Is.EqualTo(256L));
            Assert.That(run.ToolChoice, Is.EqualTo(ToolChoice.None));
            Assert.That(run.Tools, Is.Empty);
        });
        Json.AssertEquivalent(Json.Parse(json), Json.Serialize(run));
    }

    [Test]
    public void Unknown_step_type_and_details_round_trip()
    {
        var json = """
            {"id":"step_1","object":"thread.run.step","created_at":1,"assistant_id":"asst_1","thread_id":"thread_1","run_id":"run_1",
             "type":"web_search","status":"in_progress","step_details":{"type":"web_search","web_search":{"queries":["q"]}},
             "metadata":{}}
            """;

        var step = Json.Deserialize<RunStep>(json);

        Assert.That(step.Type.Value, Is.EqualTo("web_search"));
        Assert.That(step.Type.IsKnown, Is.False);
        Assert.That(step.Status, Is.EqualTo(RunStepStatus.InProgress));
        Assert.That(step.StepDetails.GetType(), Is.EqualTo(typeof(RunStepDetails)));
        Json.AssertEquivalent(json, Json.Serialize(step));
    }

    [Test]
    public void Unknown_object_form_of_response_format_round_trips()
    {
        var json = """{"type":"json_schema","json_schema":{"name":"answer","schema":{"type":"object"},"strict":true}}""";

        var format = Json.Deserialize<ResponseFormat>(json);

        Assert.That(format.Format!.Type!.Value.Value, Is.EqualTo("json_schema"));
        Assert.That(format.Format.Type.Value.IsKnown, Is.False);
        Assert.That(format.Format.AdditionalProperties.ContainsKey("json_schema"), Is.True);
        Json.AssertEquivalent(json, Json.Serialize(format));
    }

    [Test]
    public void Extra_fields_set_on_a_request_are_sent()
    {
        var request = new CreateRunRequest { AssistantId = "asst_1" };
        request.AdditionalProperties["parallel_tool_calls"] = false;
        request.AdditionalProperties["top_p"] = JToken.Parse("0.5");

        Json.AssertEquivalent("""{"assistant_id":"asst_1","parallel_tool_calls":false,"top_p":0.5}""", Json.Serialize(request));
    }
}
