using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// The discriminated groups (tools, message content, annotations, step details, step tool calls, code
/// interpreter outputs) read into their subclasses and write their <c>type</c> back.
/// </summary>
public class PolymorphismTests
{
    [Test]
    public void Assistant_tools_deserialize_to_their_subclasses()
    {
        var assistant = Fixture.Read<Assistant>("assistant.json");

        Assert.That(assistant.Tools, Has.Count.EqualTo(3));
        Assert.That(assistant.Tools[0], Is.TypeOf<CodeInterpreterTool>());
        Assert.That(assistant.Tools[1], Is.TypeOf<RetrievalTool>());
        var function = (FunctionTool)assistant.Tools[2];
        Assert.Multiple(() =>
        {
            Assert.That(function.Function.Name, Is.EqualTo("get_weather"));
            Assert.That(function.Function.Description, Is.EqualTo("Gets the current weather for a city."));
            var parameters = Json.Token(function.Function.Parameters);
            Assert.That((string?)parameters["type"], Is.EqualTo("object"));
            Assert.That((string?)parameters["properties"]!["city"]!["type"], Is.EqualTo("string"));
            Assert.That(parameters["properties"]!["unit"]!["enum"]!.Values<string>(), Is.EqualTo(new[] { "celsius", "fahrenheit" }));
            Assert.That((int?)parameters["properties"]!["days"]!["maximum"], Is.EqualTo(7));
            Assert.That(parameters["required"]!.Values<string>(), Is.EqualTo(new[] { "city" }));
            Assert.That((bool?)parameters["additionalProperties"], Is.False);
        });
    }

    [Test]
    public void Known_subclasses_do_not_keep_the_discriminator_as_an_extra_field()
    {
        var assistant = Fixture.Read<Assistant>("assistant.json");

        foreach (var tool in assistant.Tools)
        {
            Assert.That(tool.AdditionalProperties, Is.Empty, $"{tool.GetType().Name} kept fields it knows: {string.Join(", ", tool.AdditionalProperties.Keys)}");
        }
    }

    [Test]
    public void Assistant_fields_are_read()
    {
        var assistant = Fixture.Read<Assistant>("assistant.json");

        Assert.Multiple(() =>
        {
            Assert.That(assistant.Id, Is.EqualTo("asst_abc123"));
            Assert.That(assistant.Object, Is.EqualTo("assistant"));
            Assert.That(assistant.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175200)));
            Assert.That(assistant.Name, Is.EqualTo("Weather and data helper"));
            Assert.That(assistant.Description, Is.EqualTo("Answers weather questions and analyses uploaded data files."));
            Assert.That(assistant.Model, Is.EqualTo("gpt-4-turbo"));
            Assert.That(assistant.Instructions, Does.StartWith("You are a helpful assistant."));
            Assert.That(assistant.FileIds, Is.EqualTo(new[] { "file-abc123", "file-def456" }));
            Assert.That(assistant.Metadata, Is.EqualTo(new Dictionary<string, string> { ["team"] = "forecasting", ["owner"] = "alice@example.com" }));
            Assert.That(assistant.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public void Message_content_and_annotations_deserialize_to_their_subclasses()
    {
        var message = Fixture.Read<ThreadMessage>("message.json");

        Assert.That(message.Content, Has.Count.EqualTo(2));
        var text = (MessageTextContent)message.Content[0];
        var image = (MessageImageFileContent)message.Content[1];
        Assert.That(text.Text.Annotations, Has.Count.EqualTo(2));
        var citation = (FileCitationAnnotation)text.Text.Annotations[0];
        var path = (FilePathAnnotation)text.Text.Annotations[1];

        Assert.Multiple(() =>
        {
            Assert.That(text.Text.Value, Is.EqualTo("The report says revenue grew 12%【4†source】. Download the chart: sandbox:/mnt/data/chart.png"));
            Assert.That(citation.Text, Is.EqualTo("【4†source】"));
            Assert.That(citation.FileCitation.FileId, Is.EqualTo("file-abc123"));
            Assert.That(citation.FileCitation.Quote, Is.EqualTo("Revenue grew by 12% year over year."));
            Assert.That(citation.StartIndex, Is.EqualTo(32));
            Assert.That(citation.EndIndex, Is.EqualTo(42));
            Assert.That(text.Text.Value.Substring(citation.StartIndex, citation.EndIndex - citation.StartIndex), Is.EqualTo(citation.Text));
            Assert.That(path.Text, Is.EqualTo("sandbox:/mnt/data/chart.png"));
            Assert.That(path.FilePath.FileId, Is.EqualTo("file-chart789"));
            Assert.That(path.StartIndex, Is.EqualTo(64));
            Assert.That(path.EndIndex, Is.EqualTo(91));
            Assert.That(image.ImageFile.FileId, Is.EqualTo("file-image321"));
            Assert.That(text.AdditionalProperties, Is.Empty);
            Assert.That(citation.AdditionalProperties, Is.Empty);
            Assert.That(path.AdditionalProperties, Is.Empty);
            Assert.That(image.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public void Message_fields_are_read()
    {
        var message = Fixture.Read<ThreadMessage>("message.json");

        Assert.Multiple(() =>
        {
            Assert.That(message.Id, Is.EqualTo("msg_abc123"));
            Assert.That(message.Object, Is.EqualTo("thread.message"));
            Assert.That(message.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175320)));
            Assert.That(message.ThreadId, Is.EqualTo("thread_abc123"));
            Assert.That(message.Status, Is.EqualTo(MessageStatus.Completed));
            Assert.That(message.IncompleteDetails, Is.Null);
            Assert.That(message.CompletedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175330)));
            Assert.That(message.IncompleteAt, Is.Null);
            Assert.That(message.Role, Is.EqualTo(MessageRole.Assistant));
            Assert.That(message.AssistantId, Is.EqualTo("asst_abc123"));
            Assert.That(message.RunId, Is.EqualTo("run_abc123"));
            Assert.That(message.FileIds, Is.EqualTo(new[] { "file-abc123" }));
            Assert.That(message.Metadata, Is.EqualTo(new Dictionary<string, string> { ["source"] = "report-q1" }));
        });
    }

    [Test]
    public void Run_step_tool_calls_and_code_interpreter_outputs_deserialize_to_their_subclasses()
    {
        var step = Fixture.Read<RunStep>("run_step_tool_calls.json");

        Assert.That(step.StepDetails, Is.TypeOf<ToolCallsStepDetails>());
        var calls = ((ToolCallsStepDetails)step.StepDetails).ToolCalls;
        Assert.That(calls.Select(c => c.GetType()), Is.EqualTo(new[] { typeof(CodeInterpreterToolCall), typeof(RetrievalToolCall), typeof(FunctionToolCall) }));
        var code = (CodeInterpreterToolCall)calls[0];
        var retrieval = (RetrievalToolCall)calls[1];
        var function = (FunctionToolCall)calls[2];
        Assert.That(code.CodeInterpreter.Outputs.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(CodeInterpreterLogsOutput), typeof(CodeInterpreterImageOutput) }));

        Assert.Multiple(() =>
        {
            Assert.That(code.Id, Is.EqualTo("call_code1"));
            Assert.That(code.CodeInterpreter.Input, Is.EqualTo("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.savefig('chart.png')\nprint('saved')"));
            Assert.That(((CodeInterpreterLogsOutput)code.CodeInterpreter.Outputs[0]).Logs, Is.EqualTo("saved\n"));
            Assert.That(((CodeInterpreterImageOutput)code.CodeInterpreter.Outputs[1]).Image.FileId, Is.EqualTo("file-chart789"));
            Assert.That(retrieval.Id, Is.EqualTo("call_retr2"));
            Assert.That(Json.Token(retrieval.Retrieval), Is.TypeOf<JObject>().And.Empty);
            Assert.That(function.Id, Is.EqualTo("call_func3"));
            Assert.That(function.Function.Name, Is.EqualTo("get_weather"));
            Assert.That(function.Function.Arguments, Is.EqualTo("{\"city\":\"Paris\"}"));
            Assert.That(function.Function.Output, Is.EqualTo("{\"temperature\":18,\"unit\":\"celsius\"}"));
        });
    }

    [Test]
    public void Run_step_fields_are_read()
    {
        var step = Fixture.Read<RunStep>("run_step_tool_calls.json");

        Assert.Multiple(() =>
        {
            Assert.That(step.Id, Is.EqualTo("step_abc123"));
            Assert.That(step.Object, Is.EqualTo("thread.run.step"));
            Assert.That(step.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175700)));
            Assert.That(step.AssistantId, Is.EqualTo("asst_abc123"));
            Assert.That(step.ThreadId, Is.EqualTo("thread_abc123"));
            Assert.That(step.RunId, Is.EqualTo("run_abc123"));
            Assert.That(step.Type, Is.EqualTo(RunStepType.ToolCalls));
            Assert.That(step.Status, Is.EqualTo(RunStepStatus.Completed));
            Assert.That(step.LastError, Is.Null);
            Assert.That(step.ExpiredAt, Is.Null);
            Assert.That(step.CancelledAt, Is.Null);
            Assert.That(step.FailedAt, Is.Null);
            Assert.That(step.CompletedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175710)));
            Assert.That(step.Metadata, Is.EqualTo(new Dictionary<string, string> { ["stage"] = "analysis" }));
            Assert.That(step.Usage!.PromptTokens, Is.EqualTo(512L));
            Assert.That(step.Usage.CompletionTokens, Is.EqualTo(128L));
            Assert.That(step.Usage.TotalTokens, Is.EqualTo(640L));
        });
    }

    [Test]
    public void Message_creation_step_details_deserialize_to_their_subclass()
    {
        var step = Fixture.Read<RunStep>("run_step_message_creation.json");

        Assert.That(step.Type, Is.EqualTo(RunStepType.MessageCreation));
        Assert.That(step.StepDetails, Is.TypeOf<MessageCreationStepDetails>());
        Assert.That(((MessageCreationStepDetails)step.StepDetails).MessageCreation.MessageId, Is.EqualTo("msg_abc123"));
        Assert.That(step.StepDetails.AdditionalProperties, Is.Empty);
    }

    [Test]
    public void Discriminator_after_the_other_fields_still_selects_the_subclass()
    {
        var tool = Json.Deserialize<AssistantTool>("""{"function":{"name":"f"},"type":"function"}""");

        Assert.That(tool, Is.TypeOf<FunctionTool>());
        Assert.That(((FunctionTool)tool).Function.Name, Is.EqualTo("f"));
    }

    [Test]
    public void Subclass_can_be_read_directly_as_its_own_type()
    {
        var tool = Json.Deserialize<FunctionTool>("""{"type":"function","function":{"name":"f","description":"d"}}""");

        Assert.That(tool.Function.Name, Is.EqualTo("f"));
        Assert.That(tool.Function.Description, Is.EqualTo("d"));
        Assert.That(tool.AdditionalProperties, Is.Empty);
    }

    [Test]
    public void Discriminator_first_reads_the_rest_straight_into_the_subclass_with_nested_groups_and_date_like_text()
    {
        // The API's order: `type` first at every level (step details, tool calls, outputs), read without buffering.
        const string json = """
            {"type":"tool_calls","tool_calls":[
              {"type":"code_interpreter","id":"call_1","code_interpreter":{"input":"2024-01-01T00:00:00Z","outputs":[
                {"type":"logs","logs":"2024-05-06T07:08:09Z"},{"type":"image","image":{"file_id":"file-1"},"extra":[1,{"a":null}]}]}},
              {"type":"file_search","file_search":{"k":1}}],"later":true}
            """;

        var details = (ToolCallsStepDetails)Json.Deserialize<RunStepDetails>(json);

        var call = (CodeInterpreterToolCall)details.ToolCalls[0];
        Assert.Multiple(() =>
        {
            Assert.That(call.CodeInterpreter.Input, Is.EqualTo("2024-01-01T00:00:00Z"));
            Assert.That(((CodeInterpreterLogsOutput)call.CodeInterpreter.Outputs[0]).Logs, Is.EqualTo("2024-05-06T07:08:09Z"));
            Assert.That(call.CodeInterpreter.Outputs[1], Is.TypeOf<CodeInterpreterImageOutput>());
            Assert.That(call.CodeInterpreter.Outputs[1].AdditionalProperties.Keys, Is.EqualTo(new[] { "extra" }));
            Assert.That(details.ToolCalls[1].GetType(), Is.EqualTo(typeof(RunStepToolCall)));
            Assert.That(details.AdditionalProperties.Keys, Is.EqualTo(new[] { "later" }));
        });
        Json.AssertEquivalent(json, Json.Serialize(details));
    }

    [Test]
    public void Discriminator_first_that_is_not_a_string_is_kept_as_it_came()
    {
        const string json = """{"type":7,"function":{"name":"f"}}""";

        var tool = Json.Deserialize<AssistantTool>(json);

        Assert.That(tool.GetType(), Is.EqualTo(typeof(AssistantTool)));
        Assert.That(Json.Serialize(tool), Is.EqualTo(json));
    }

    [Test]
    public void Error_inside_a_subclass_read_from_the_stream_names_its_full_path()
    {
        var error = Assert.Throws<JsonReaderException>(() => Json.Deserialize<RunStepDetails>(
            """{"type":"tool_calls","tool_calls":[{"type":"function","id":"call_1","function":{"name":"f","arguments":"{}","output":"ok"}},{"type":"function","id":[1}]}"""));

        Assert.That(error!.Path, Does.StartWith("tool_calls[1].id"));
    }

    [Test]
    public void Object_cut_short_after_its_discriminator_fails()
    {
        Assert.Throws(Is.InstanceOf<JsonException>(), () => Json.Deserialize<AssistantTool>("""{"type":"function","function":{"name":"f"}"""));
        Assert.Throws(Is.InstanceOf<JsonException>(), () => Json.Deserialize<AssistantTool>("""{"type":"""));
    }

    [Test]
    public void Subclass_carrying_its_discriminator_as_an_extra_field_writes_it_once()
    {
        var tool = new RetrievalTool();
        tool.AdditionalProperties["type"] = "retrieval";

        Assert.That(Json.Serialize(tool), Is.EqualTo("""{"type":"retrieval"}"""));
    }

    [Test]
    public void Subclass_writes_its_discriminator_first_in_an_indented_document()
    {
        var tool = new FunctionTool { Function = new FunctionDefinition { Name = "f" } };

        var text = JsonConvert.SerializeObject(new List<AssistantTool> { tool }, Formatting.Indented, AssistantsJson.CreateSettings());

        Assert.That(text.Replace("\r\n", "\n", StringComparison.Ordinal), Is.EqualTo("""
            [
              {
                "type": "function",
                "function": {
                  "name": "f"
                }
              }
            ]
            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Test]
    public void Null_item_in_a_polymorphic_list_stays_null()
    {
        var content = Json.Deserialize<List<MessageContent?>>("""[null,{"type":"image_file","image_file":{"file_id":"file-1"}}]""");

        Assert.That(content[0], Is.Null);
        Assert.That(content[1], Is.TypeOf<MessageImageFileContent>());
    }

    private static IEnumerable<TestCaseData> Subclasses()
    {
        yield return new TestCaseData(new CodeInterpreterTool(), """{"type":"code_interpreter"}""").SetArgDisplayNames("CodeInterpreterTool");
        yield return new TestCaseData(new RetrievalTool(), """{"type":"retrieval"}""").SetArgDisplayNames("RetrievalTool");
        yield return new TestCaseData(
            new FunctionTool { Function = new FunctionDefinition { Name = "f" } },
            """{"type":"function","function":{"name":"f"}}""").SetArgDisplayNames("FunctionTool");
        yield return new TestCaseData(
            new MessageTextContent { Text = new MessageText { Value = "hi" } },
            """{"type":"text","text":{"value":"hi","annotations":[]}}""").SetArgDisplayNames("MessageTextContent");
        yield return new TestCaseData(
            new MessageImageFileContent { ImageFile = new MessageImageFile { FileId = "file-1" } },
            """{"type":"image_file","image_file":{"file_id":"file-1"}}""").SetArgDisplayNames("MessageImageFileContent");
        yield return new TestCaseData(
            new FileCitationAnnotation { Text = "[1]", FileCitation = new FileCitation { FileId = "file-1", Quote = "q" }, StartIndex = 1, EndIndex = 4 },
            """{"type":"file_citation","text":"[1]","file_citation":{"file_id":"file-1","quote":"q"},"start_index":1,"end_index":4}""").SetArgDisplayNames("FileCitationAnnotation");
        yield return new TestCaseData(
            new FilePathAnnotation { Text = "sandbox:/a", FilePath = new FilePathReference { FileId = "file-2" }, StartIndex = 0, EndIndex = 10 },
            """{"type":"file_path","text":"sandbox:/a","file_path":{"file_id":"file-2"},"start_index":0,"end_index":10}""").SetArgDisplayNames("FilePathAnnotation");
        yield return new TestCaseData(
            new MessageCreationStepDetails { MessageCreation = new MessageCreationReference { MessageId = "msg_1" } },
            """{"type":"message_creation","message_creation":{"message_id":"msg_1"}}""").SetArgDisplayNames("MessageCreationStepDetails");
        yield return new TestCaseData(
            new ToolCallsStepDetails { ToolCalls = { new RetrievalToolCall { Id = "call_1", Retrieval = new JObject() } } },
            """{"type":"tool_calls","tool_calls":[{"type":"retrieval","id":"call_1","retrieval":{}}]}""").SetArgDisplayNames("ToolCallsStepDetails");
        yield return new TestCaseData(
            new CodeInterpreterToolCall
            {
                Id = "call_2",
                CodeInterpreter = new CodeInterpreterCall
                {
                    Input = "print(1)",
                    Outputs = { new CodeInterpreterLogsOutput { Logs = "1" }, new CodeInterpreterImageOutput { Image = new CodeInterpreterImage { FileId = "file-3" } } },
                },
            },
            """{"type":"code_interpreter","id":"call_2","code_interpreter":{"input":"print(1)","outputs":[{"type":"logs","logs":"1"},{"type":"image","image":{"file_id":"file-3"}}]}}""").SetArgDisplayNames("CodeInterpreterToolCall");
        yield return new TestCaseData(
            new FunctionToolCall { Id = "call_3", Function = new FunctionCall { Name = "f", Arguments = "{}", Output = "ok" } },
            """{"type":"function","id":"call_3","function":{"name":"f","arguments":"{}","output":"ok"}}""").SetArgDisplayNames("FunctionToolCall");
    }

    [TestCaseSource(nameof(Subclasses))]
    public void Subclass_writes_its_discriminator(object value, string expectedJson)
    {
        Json.AssertEquivalent(expectedJson, Json.Serialize(value));
    }

    [TestCaseSource(nameof(Subclasses))]
    public void Subclass_declared_as_its_base_type_writes_its_discriminator(object value, string expectedJson)
    {
        // Inside a list of the base type (List<AssistantTool>, ...), as in requests and responses.
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(value.GetType().BaseType!))!;
        list.Add(value);

        Json.AssertEquivalent("[" + expectedJson + "]", Json.Serialize(list));
    }

    [TestCaseSource(nameof(Subclasses))]
    public void Subclass_written_then_read_as_its_base_type_comes_back_as_the_subclass(object value, string expectedJson)
    {
        var baseType = value.GetType().BaseType!;

        var read = Json.Deserialize(Json.Serialize(value), baseType);

        Assert.That(read, Is.TypeOf(value.GetType()));
        Json.AssertEquivalent(expectedJson, Json.Serialize(read));
    }
}
