using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// What a model writes: a response writes back what it read (explicit nulls, absent fields, integers in
/// floating-point fields), a model built in code writes what was set. Timestamps are Unix seconds on the wire.
/// </summary>
public class WireFidelityTests
{
    [Test]
    public void Message_without_status_writes_no_status()
    {
        const string json = """{"id":"msg_1","object":"thread.message","created_at":1699016383,"thread_id":"thread_1","role":"user","content":[],"file_ids":[],"assistant_id":null,"run_id":null,"metadata":{}}""";

        var message = Json.Deserialize<ThreadMessage>(json);

        Assert.That(message.Status, Is.EqualTo(default(MessageStatus)));
        Json.AssertEquivalent(json, Json.Serialize(message));
    }

    [Test]
    public void Explicit_nulls_of_a_response_are_written_back()
    {
        const string json = """{"id":"asst_1","object":"assistant","created_at":1698982643,"name":null,"description":null,"model":"gpt-4-turbo","instructions":null,"tools":[],"file_ids":[],"metadata":{}}""";

        Json.AssertEquivalent(json, Json.Serialize(Json.Deserialize<Assistant>(json)));
    }

    [Test]
    public void Null_for_a_required_number_or_list_reads_as_the_default_and_writes_back_as_null()
    {
        const string json = """{"id":"run_1","object":"thread.run","created_at":null,"status":"queued","file_ids":null,"usage":{"prompt_tokens":null,"completion_tokens":2,"total_tokens":2}}""";

        var run = Json.Deserialize<ThreadRun>(json);

        Assert.Multiple(() =>
        {
            Assert.That(run.CreatedAt, Is.EqualTo(default(DateTimeOffset)));
            Assert.That(run.FileIds, Is.Not.Null.And.Empty);
            Assert.That(run.Usage!.PromptTokens, Is.EqualTo(0));
        });
        Json.AssertEquivalent(json, Json.Serialize(run));
    }

    [TestCase("""{"type":"text"}""")]
    [TestCase("""{"type":"text","text":null}""")]
    [TestCase("""{"type":"text","text":{"value":"Hi"}}""")]
    [TestCase("""{"type":"text","text":{"value":"Hi","annotations":null}}""")]
    public void Required_object_absent_or_null_stays_so(string json)
    {
        var content = Json.Deserialize<MessageContent>(json);

        Assert.That(content, Is.InstanceOf<MessageTextContent>());
        Assert.That(((MessageTextContent)content).Text, Is.Not.Null);
        Json.AssertEquivalent(json, Json.Serialize(content));
    }

    [TestCase("1")]
    [TestCase("1.0")]
    [TestCase("0.7")]
    [TestCase("null")]
    public void Floating_point_field_keeps_its_number_form(string temperature)
    {
        var json = $$"""{"id":"run_1","object":"thread.run","status":"completed","temperature":{{temperature}}}""";

        Json.AssertEquivalent(json, Json.Serialize(Json.Deserialize<ThreadRun>(json)));
    }

    [Test]
    public void Fields_set_after_reading_are_written()
    {
        var message = Json.Deserialize<ThreadMessage>("""{"id":"msg_1","object":"thread.message","thread_id":"thread_1","role":"user","content":[],"run_id":null}""");

        message.Status = MessageStatus.Completed;
        message.CompletedAt = DateTimeOffset.FromUnixTimeSeconds(1699016400);
        message.FileIds.Add("file-1");
        message.RunId = "run_1";

        Json.AssertEquivalent(
            """{"id":"msg_1","object":"thread.message","thread_id":"thread_1","role":"user","content":[],"run_id":"run_1","status":"completed","completed_at":1699016400,"file_ids":["file-1"]}""",
            Json.Serialize(message));
    }

    [Test]
    public void Request_built_in_code_writes_only_what_was_set()
    {
        // The required role is an extensible enum (a struct): left unset it is not written as null.
        Json.AssertEquivalent("""{"content":"Hello"}""", Json.Serialize(new CreateMessageRequest { Content = "Hello" }));
        Json.AssertEquivalent("""{"role":"user","content":"Hello"}""", Json.Serialize(new CreateMessageRequest { Role = MessageRole.User, Content = "Hello" }));
        Json.AssertEquivalent("{}", Json.Serialize(new CreateThreadRequest()));
        Json.AssertEquivalent("""{"metadata":{"k":"v"}}""", Json.Serialize(new ModifyThreadRequest { Metadata = new Dictionary<string, string> { ["k"] = "v" } }));
    }

    [Test]
    public void Model_built_in_code_writes_numbers_and_booleans_even_when_zero()
    {
        Json.AssertEquivalent("""{"prompt_tokens":0,"completion_tokens":0,"total_tokens":0}""", Json.Serialize(new RunUsage()));
    }

    [TestCase(0L)]
    [TestCase(1713175400L)]
    [TestCase(-1L)]
    [TestCase(253402300799L)]
    public void Timestamp_reads_as_utc_and_writes_the_same_integer(long seconds)
    {
        var json = $$$"""{"id":"thread_1","object":"thread","created_at":{{{seconds}}},"metadata":{}}""";

        var thread = Json.Deserialize<AssistantThread>(json);

        Assert.That(thread.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(seconds)));
        Assert.That(thread.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
        Json.AssertEquivalent(json, Json.Serialize(thread));
    }

    [Test]
    public void Timestamp_set_in_code_is_written_as_whole_seconds()
    {
        var thread = new AssistantThread { Id = "thread_1", Object = "thread", CreatedAt = new DateTimeOffset(2024, 4, 15, 12, 0, 0, 999, TimeSpan.FromHours(2)) };

        Json.AssertEquivalent("""{"id":"thread_1","object":"thread","created_at":1713175200}""", Json.Serialize(thread));
    }

    [TestCase("\"1713175400\"")]
    [TestCase("1713175400.5")]
    [TestCase("99999999999999")]
    public void Timestamp_that_is_not_whole_seconds_in_range_fails_to_read(string value)
    {
        var json = $$"""{"id":"thread_1","object":"thread","created_at":{{value}}}""";

        Assert.Throws<JsonSerializationException>(() => Json.Deserialize<AssistantThread>(json));
    }
}
