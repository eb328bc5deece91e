using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>Runs, threads and pages: every field of the recorded payloads reads into its property.</summary>
public class ResponseFieldTests
{
    [Test]
    public void Run_requiring_action_reads_every_field()
    {
        var run = Fixture.Read<ThreadRun>("run_requires_action.json");

        Assert.Multiple(() =>
        {
            Assert.That(run.Id, Is.EqualTo("run_abc123"));
            Assert.That(run.Object, Is.EqualTo("thread.run"));
            Assert.That(run.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175400)));
            Assert.That(run.ThreadId, Is.EqualTo("thread_abc123"));
            Assert.That(run.AssistantId, Is.EqualTo("asst_abc123"));
            Assert.That(run.Status, Is.EqualTo(RunStatus.RequiresAction));
            Assert.That(run.Status.IsKnown, Is.True);
            Assert.That(run.LastError, Is.Null);
            Assert.That(run.ExpiresAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713176000)));
            Assert.That(run.StartedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175401)));
            Assert.That(run.CancelledAt, Is.Null);
            Assert.That(run.FailedAt, Is.Null);
            Assert.That(run.CompletedAt, Is.Null);
            Assert.That(run.IncompleteDetails, Is.Null);
            Assert.That(run.Model, Is.EqualTo("gpt-4-turbo"));
            Assert.That(run.Instructions, Does.StartWith("You are a helpful assistant."));
            Assert.That(run.FileIds, Is.Empty);
            Assert.That(run.Metadata, Is.EqualTo(new Dictionary<string, string> { ["request_id"] = "req_7f3a" }));
            Assert.That(run.Usage, Is.Null);
            Assert.That(run.Temperature, Is.EqualTo(0.7));
            Assert.That(run.MaxPromptTokens, Is.EqualTo(2000L));
            Assert.That(run.MaxCompletionTokens, Is.EqualTo(500L));
            Assert.That(run.TruncationStrategy!.Type, Is.EqualTo(TruncationType.LastMessages));
            Assert.That(run.TruncationStrategy.LastMessages, Is.EqualTo(10));
            Assert.That(run.Tools.Single(), Is.TypeOf<FunctionTool>());
            Assert.That(((FunctionTool)run.Tools[0]).Function.Name, Is.EqualTo("get_weather"));
        });
    }

    [Test]
    public void Required_action_lists_both_function_calls()
    {
        var run = Fixture.Read<ThreadRun>("run_requires_action.json");

        Assert.That(run.RequiredAction!.Type, Is.EqualTo("submit_tool_outputs"));
        var calls = run.RequiredAction.SubmitToolOutputs.ToolCalls;
        Assert.That(calls.Select(c => c.Id), Is.EqualTo(new[] { "call_paris", "call_tokyo" }));
        Assert.That(calls.Select(c => c.Type), Is.All.EqualTo("function"));
        Assert.That(calls.Select(c => c.Function.Name), Is.All.EqualTo("get_weather"));
        Assert.That(calls[0].Function.Arguments, Is.EqualTo("{\"city\":\"Paris\",\"unit\":\"celsius\"}"));
        Assert.That(calls[1].Function.Arguments, Is.EqualTo("{\"city\":\"Tokyo\",\"unit\":\"celsius\"}"));
    }

    [Test]
    public void Completed_run_reads_usage_and_timestamps()
    {
        var run = Fixture.Read<ThreadRun>("run_completed.json");

        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(RunStatus.Completed));
            Assert.That(run.RequiredAction, Is.Null);
            Assert.That(run.ExpiresAt, Is.Null);
            Assert.That(run.CompletedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175512)));
            Assert.That(run.Usage!.PromptTokens, Is.EqualTo(1234L));
            Assert.That(run.Usage.CompletionTokens, Is.EqualTo(321L));
            Assert.That(run.Usage.TotalTokens, Is.EqualTo(1555L));
            Assert.That(run.Temperature, Is.EqualTo(1.0));
            Assert.That(run.MaxPromptTokens, Is.Null);
            Assert.That(run.TruncationStrategy!.Type, Is.EqualTo(TruncationType.Auto));
            Assert.That(run.TruncationStrategy.LastMessages, Is.Null);
            Assert.That(run.Tools.Select(t => t.GetType()), Is.EqualTo(new[] { typeof(CodeInterpreterTool), typeof(RetrievalTool) }));
            Assert.That(run.FileIds, Is.EqualTo(new[] { "file-abc123" }));
            Assert.That(run.Metadata, Is.Empty);
        });
    }

    [Test]
    public void Thread_reads_every_field()
    {
        var thread = Fixture.Read<AssistantThread>("thread.json");

        Assert.That(thread.Id, Is.EqualTo("thread_abc123"));
        Assert.That(thread.Object, Is.EqualTo("thread"));
        Assert.That(thread.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175260)));
        Assert.That(thread.Metadata, Is.EqualTo(new Dictionary<string, string> { ["user_id"] = "user_42", ["channel"] = "web" }));
    }

    [Test]
    public void Message_page_reads_cursors_and_messages()
    {
        var page = Fixture.Read<ListMessagesResponse>("list_messages.json");

        Assert.Multiple(() =>
        {
            Assert.That(page.Object, Is.EqualTo("list"));
            Assert.That(page.FirstId, Is.EqualTo("msg_user1"));
            Assert.That(page.LastId, Is.EqualTo("msg_asst2"));
            Assert.That(page.HasMore, Is.True);
            Assert.That(page.Data.Select(m => m.Id), Is.EqualTo(new[] { "msg_user1", "msg_asst2" }));
            Assert.That(page.Data[0].Role, Is.EqualTo(MessageRole.User));
            Assert.That(page.Data[0].AssistantId, Is.Null);
            Assert.That(page.Data[0].RunId, Is.Null);
            Assert.That(((MessageTextContent)page.Data[0].Content.Single()).Text.Value, Is.EqualTo("What is the weather in Paris?"));
            Assert.That(page.Data[1].Role, Is.EqualTo(MessageRole.Assistant));
            Assert.That(page.Data[1].Status, Is.EqualTo(MessageStatus.Incomplete));
            Assert.That(page.Data[1].IncompleteDetails!.Reason, Is.EqualTo(MessageIncompleteReason.MaxTokens));
            Assert.That(page.Data[1].IncompleteAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175425)));
            Assert.That(page.Data[1].CompletedAt, Is.Null);
            Assert.That(page.Data[1].Metadata, Is.EqualTo(new Dictionary<string, string> { ["lang"] = "en" }));
        });
    }
}
