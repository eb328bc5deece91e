using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// Responses that break the document's promises - a required field missing, <c>null</c> where it says
/// non-null - still deserialize; the affected property keeps its default.
/// </summary>
public class LeniencyTests
{
    [Test]
    public void Run_with_null_instructions_deserializes()
    {
        var json = Fixture.Load("run_completed.json").Replace("\"instructions\": \"Answer in JSON.\"", "\"instructions\": null", StringComparison.Ordinal);
        Assume.That(json, Does.Contain("\"instructions\": null"));

        var run = Json.Deserialize<ThreadRun>(json);

        Assert.That(run.Instructions, Is.Null);
        Assert.That(run.Id, Is.EqualTo("run_def456"));
        Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
    }

    private static IEnumerable<Type> PageTypes() => new[]
    {
        typeof(ListMessagesResponse), typeof(ListRunsResponse), typeof(ListRunStepsResponse),
        typeof(ListAssistantsResponse), typeof(ListAssistantFilesResponse), typeof(ListMessageFilesResponse),
    };

    [TestCaseSource(nameof(PageTypes))]
    public void Empty_page_with_null_cursors_deserializes(Type pageType)
    {
        var page = Json.Deserialize(Fixture.Load("list_empty_page.json"), pageType);

        Assert.That(pageType.GetProperty("Object")!.GetValue(page), Is.EqualTo("list"));
        Assert.That(pageType.GetProperty("FirstId")!.GetValue(page), Is.Null);
        Assert.That(pageType.GetProperty("LastId")!.GetValue(page), Is.Null);
        Assert.That(pageType.GetProperty("HasMore")!.GetValue(page), Is.EqualTo(false));
        Assert.That(pageType.GetProperty("Data")!.GetValue(page), Is.Empty);
    }

    [Test]
    public void Null_timestamp_that_the_document_requires_leaves_the_default()
    {
        var thread = Json.Deserialize<AssistantThread>("""{"id":"thread_1","object":"thread","created_at":null,"metadata":null}""");

        Assert.That(thread.CreatedAt, Is.EqualTo(default(DateTimeOffset)));
        Assert.That(thread.Id, Is.EqualTo("thread_1"));
        Assert.That(thread.Metadata, Is.Null);
    }

    [Test]
    public void Run_missing_most_required_fields_deserializes_with_defaults()
    {
        var run = Json.Deserialize<ThreadRun>("""{"id":"run_min","status":"queued"}""");

        Assert.Multiple(() =>
        {
            Assert.That(run.Id, Is.EqualTo("run_min"));
            Assert.That(run.Status, Is.EqualTo(RunStatus.Queued));
            Assert.That(run.CreatedAt, Is.EqualTo(default(DateTimeOffset)));
            Assert.That(run.Model, Is.Null);
            Assert.That(run.Instructions, Is.Null);
            Assert.That(run.Tools, Is.Not.Null.And.Empty);
            Assert.That(run.FileIds, Is.Not.Null.And.Empty);
            Assert.That(run.RequiredAction, Is.Null);
            Assert.That(run.ToolChoice, Is.Null);
            Assert.That(run.ResponseFormat, Is.Null);
        });
    }

    [Test]
    public void Empty_object_deserializes_as_a_message_with_defaults()
    {
        var message = Json.Deserialize<ThreadMessage>("{}");

        Assert.That(message.Id, Is.Null);
        Assert.That(message.Status.Value, Is.Empty);
        Assert.That(message.Status.IsKnown, Is.False);
        Assert.That(message.Role, Is.EqualTo(default(MessageRole)));
        Assert.That(message.Content, Is.Not.Null.And.Empty);
    }

    [Test]
    public void Null_for_non_nullable_lists_leaves_empty_lists()
    {
        var run = Json.Deserialize<ThreadRun>("""{"id":"run_1","status":"completed","tools":null,"file_ids":null}""");

        Assert.That(run.Tools, Is.Not.Null.And.Empty);
        Assert.That(run.FileIds, Is.Not.Null.And.Empty);
    }

    [Test]
    public void Null_for_an_enum_leaves_the_default_value()
    {
        var run = Json.Deserialize<ThreadRun>("""{"id":"run_1","status":null}""");

        Assert.That(run.Status, Is.EqualTo(default(RunStatus)));
        Assert.That(run.Status.Value, Is.Empty);
    }

    [Test]
    public void Null_inside_required_nested_objects_leaves_defaults()
    {
        var json = """
            {"id":"step_1","type":"tool_calls","status":"completed",
             "step_details":{"type":"tool_calls","tool_calls":[{"type":"function","id":"call_1","function":{"name":"f","arguments":null,"output":null}}]},
             "usage":{"prompt_tokens":null,"completion_tokens":5,"total_tokens":null}}
            """;

        var step = Json.Deserialize<RunStep>(json);

        var call = (FunctionToolCall)((ToolCallsStepDetails)step.StepDetails).ToolCalls[0];
        Assert.That(call.Function.Name, Is.EqualTo("f"));
        Assert.That(call.Function.Arguments, Is.Null);
        Assert.That(call.Function.Output, Is.Null);
        Assert.That(step.Usage!.PromptTokens, Is.EqualTo(0L));
        Assert.That(step.Usage.CompletionTokens, Is.EqualTo(5L));
    }

    [Test]
    public void Null_step_details_leave_the_default_details()
    {
        var step = Json.Deserialize<RunStep>("""{"id":"step_1","step_details":null}""");

        Assert.That(step.Id, Is.EqualTo("step_1"));
        Assert.That(step.StepDetails, Is.Not.Null);
    }

    [Test]
    public void Error_with_null_code_and_param_deserializes()
    {
        var error = Json.Deserialize<ApiErrorResponse>("""{"error":{"message":"No assistant found with id 'asst_missing'.","type":"invalid_request_error","param":null,"code":null}}""");

        Assert.That(error.Error.Message, Is.EqualTo("No assistant found with id 'asst_missing'."));
        Assert.That(error.Error.Type, Is.EqualTo("invalid_request_error"));
        Assert.That(error.Error.Param, Is.Null);
        Assert.That(error.Error.Code, Is.Null);
    }

    [Test]
    public void Error_fixture_deserializes_every_field()
    {
        var error = Fixture.Read<ApiErrorResponse>("error.json");

        Assert.That(error.Error.Message, Does.StartWith("Invalid 'limit'"));
        Assert.That(error.Error.Type, Is.EqualTo("invalid_request_error"));
        Assert.That(error.Error.Param, Is.EqualTo("limit"));
        Assert.That(error.Error.Code, Is.EqualTo("integer_above_max_value"));
    }
}
