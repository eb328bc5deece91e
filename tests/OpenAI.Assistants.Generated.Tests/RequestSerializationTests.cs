using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>Request bodies carry exactly the fields the caller set: no nulls, no defaults.</summary>
public class RequestSerializationTests
{
    [Test]
    public void Run_request_with_only_the_assistant_writes_only_the_assistant()
    {
        var json = Json.Serialize(new CreateRunRequest { AssistantId = "asst_1" });

        Assert.That(json, Is.EqualTo("""{"assistant_id":"asst_1"}"""));
    }

    [Test]
    public void Known_model_is_written_as_its_wire_value()
    {
        var json = Json.Serialize(new CreateRunRequest { AssistantId = "asst_1", Model = AssistantModel.Gpt4Turbo });

        Json.AssertEquivalent("""{"assistant_id":"asst_1","model":"gpt-4-turbo"}""", json);
    }

    [Test]
    public void Model_from_any_string_is_written_as_given()
    {
        var json = Json.Serialize(new CreateRunRequest { AssistantId = "asst_1", Model = "my-fine-tune" });

        Json.AssertEquivalent("""{"assistant_id":"asst_1","model":"my-fine-tune"}""", json);
    }

    [Test]
    public void Values_set_to_zero_or_false_are_written()
    {
        var json = Json.Serialize(new CreateRunRequest { AssistantId = "asst_1", Temperature = 0, Stream = false });

        Json.AssertEquivalent("""{"assistant_id":"asst_1","temperature":0.0,"stream":false}""", json);
    }

    [Test]
    public void Run_request_with_every_field_writes_every_field()
    {
        var request = new CreateRunRequest
        {
            AssistantId = "asst_1",
            Model = AssistantModel.Gpt35Turbo0125,
            Instructions = "Be brief.",
            AdditionalInstructions = "The user is in Paris.",
            AdditionalMessages = new List<CreateMessageRequest> { new() { Role = MessageRole.User, Content = "And tomorrow?" } },
            Tools = new List<AssistantTool> { new FunctionTool { Function = new FunctionDefinition { Name = "get_weather" } } },
            Metadata = new Dictionary<string, string> { ["request_id"] = "req_1" },
            Temperature = 0.2,
            Stream = false,
            MaxPromptTokens = 2000,
            MaxCompletionTokens = 500,
            TruncationStrategy = new TruncationStrategy { Type = TruncationType.LastMessages, LastMessages = 10 },
            ToolChoice = ToolChoice.Function("get_weather"),
            ResponseFormat = ResponseFormat.JsonObject,
        };

        Json.AssertEquivalent(
            """
            {
              "assistant_id": "asst_1",
              "model": "gpt-3.5-turbo-0125",
              "instructions": "Be brief.",
              "additional_instructions": "The user is in Paris.",
              "additional_messages": [{ "role": "user", "content": "And tomorrow?" }],
              "tools": [{ "type": "function", "function": { "name": "get_weather" } }],
              "metadata": { "request_id": "req_1" },
              "temperature": 0.2,
              "stream": false,
              "max_prompt_tokens": 2000,
              "max_completion_tokens": 500,
              "truncation_strategy": { "type": "last_messages", "last_messages": 10 },
              "tool_choice": { "type": "function", "function": { "name": "get_weather" } },
              "response_format": { "type": "json_object" }
            }
            """,
            Json.Serialize(request));
    }

    [Test]
    public void Assistant_request_writes_tools_with_their_discriminators()
    {
        var request = new CreateAssistantRequest
        {
            Model = AssistantModel.Gpt4Turbo,
            Name = "Weather helper",
            Tools = new List<AssistantTool>
            {
                new CodeInterpreterTool(),
                new RetrievalTool(),
                new FunctionTool
                {
                    Function = new FunctionDefinition
                    {
                        Name = "get_weather",
                        Description = "Gets the weather.",
                        Parameters = JObject.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""),
                    },
                },
            },
            FileIds = new List<string> { "file-abc123" },
            Metadata = new Dictionary<string, string> { ["team"] = "forecasting" },
        };

        Json.AssertEquivalent(
            """
            {
              "model": "gpt-4-turbo",
              "name": "Weather helper",
              "tools": [
                { "type": "code_interpreter" },
                { "type": "retrieval" },
                {
                  "type": "function",
                  "function": {
                    "name": "get_weather",
                    "description": "Gets the weather.",
                    "parameters": { "type": "object", "properties": { "city": { "type": "string" } }, "required": ["city"] }
                  }
                }
              ],
              "file_ids": ["file-abc123"],
              "metadata": { "team": "forecasting" }
            }
            """,
            Json.Serialize(request));
    }

    [Test]
    public void Assistant_request_with_a_custom_model_writes_only_the_model()
    {
        var json = Json.Serialize(new CreateAssistantRequest { Model = "ft:gpt-3.5-turbo-0125:acme::9abc" });

        Assert.That(json, Is.EqualTo("""{"model":"ft:gpt-3.5-turbo-0125:acme::9abc"}"""));
    }

    [Test]
    public void Modify_assistant_request_writes_only_what_was_set()
    {
        var json = Json.Serialize(new ModifyAssistantRequest { Instructions = "New instructions." });

        Assert.That(json, Is.EqualTo("""{"instructions":"New instructions."}"""));
    }

    [Test]
    public void Empty_thread_request_writes_an_empty_object()
    {
        Assert.That(Json.Serialize(new CreateThreadRequest()), Is.EqualTo("{}"));
    }

    [Test]
    public void Thread_and_run_request_writes_the_nested_thread()
    {
        var request = new CreateThreadAndRunRequest
        {
            AssistantId = "asst_1",
            Thread = new CreateThreadRequest
            {
                Messages = new List<CreateMessageRequest>
                {
                    new() { Role = MessageRole.User, Content = "Plot this data.", FileIds = new List<string> { "file-1" } },
                },
                Metadata = new Dictionary<string, string> { ["user_id"] = "user_42" },
            },
            ToolChoice = ToolChoice.Auto,
            ResponseFormat = ResponseFormat.None,
        };

        Json.AssertEquivalent(
            """
            {
              "assistant_id": "asst_1",
              "thread": {
                "messages": [{ "role": "user", "content": "Plot this data.", "file_ids": ["file-1"] }],
                "metadata": { "user_id": "user_42" }
              },
              "tool_choice": "auto",
              "response_format": "none"
            }
            """,
            Json.Serialize(request));
    }

    [Test]
    public void Message_request_writes_role_and_content_only()
    {
        var json = Json.Serialize(new CreateMessageRequest { Role = MessageRole.User, Content = "Hello" });

        Assert.That(json, Is.EqualTo("""{"role":"user","content":"Hello"}"""));
    }

    [Test]
    public void Submit_tool_outputs_request_writes_the_outputs_only()
    {
        var request = new SubmitToolOutputsRequest
        {
            ToolOutputs =
            {
                new ToolOutput { ToolCallId = "call_paris", Output = "{\"temperature\":18}" },
                new ToolOutput { ToolCallId = "call_tokyo", Output = "{\"temperature\":22}" },
            },
        };

        Json.AssertEquivalent(
            """{"tool_outputs":[{"tool_call_id":"call_paris","output":"{\"temperature\":18}"},{"tool_call_id":"call_tokyo","output":"{\"temperature\":22}"}]}""",
            Json.Serialize(request));
    }

    [Test]
    public void Metadata_only_requests_write_only_the_metadata()
    {
        var metadata = new Dictionary<string, string> { ["status"] = "reviewed" };
        const string expected = """{"metadata":{"status":"reviewed"}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Json.Serialize(new ModifyThreadRequest { Metadata = metadata }), Is.EqualTo(expected));
            Assert.That(Json.Serialize(new ModifyMessageRequest { Metadata = metadata }), Is.EqualTo(expected));
            Assert.That(Json.Serialize(new ModifyRunRequest { Metadata = metadata }), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Assistant_file_request_writes_the_file_id()
    {
        Assert.That(Json.Serialize(new CreateAssistantFileRequest { FileId = "file-abc123" }), Is.EqualTo("""{"file_id":"file-abc123"}"""));
    }
}
