using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>An incomplete request body fails with an exception naming the field, before anything is sent.</summary>
public class RequestValidationTests
{
    private const string RunJson = """{"id":"run_1","object":"thread.run","created_at":1,"thread_id":"thread_1","assistant_id":"asst_1","status":"queued"}""";
    private const string MessageJson = """{"id":"msg_1","object":"thread.message","created_at":1,"thread_id":"thread_1","status":"completed","role":"user","content":[]}""";

    [Test]
    public void A_message_without_role_is_rejected_naming_the_field()
    {
        var (client, network) = Create(MessageJson);

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.CreateMessageAsync("thread_1", new CreateMessageRequest { Content = "Hi" }));

        Assert.That(ex!.ParamName, Is.EqualTo("request"));
        Assert.That(ex.Message, Does.Contain("request.Role").And.Contain("'role'"));
        Assert.That(network.Requests, Is.Empty);
    }

    [Test]
    public void A_message_without_content_is_rejected()
    {
        var (client, network) = Create(MessageJson);

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.CreateMessageAsync("thread_1", new CreateMessageRequest { Role = MessageRole.User }));

        Assert.That(ex!.Message, Does.Contain("request.Content"));
        Assert.That(network.Requests, Is.Empty);
    }

    [Test]
    public void Nested_objects_and_list_items_are_checked_with_their_path()
    {
        var (client, network) = Create(RunJson);
        var request = new CreateThreadAndRunRequest
        {
            AssistantId = "asst_1",
            Thread = new CreateThreadRequest
            {
                Messages = new List<CreateMessageRequest>
                {
                    new() { Role = MessageRole.User, Content = "first" },
                    new() { Role = MessageRole.User },
                },
            },
        };

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.CreateThreadAndRunAsync(request));

        Assert.That(ex!.Message, Does.Contain("request.Thread.Messages[1].Content"));
        Assert.That(network.Requests, Is.Empty);
    }

    [Test]
    public void A_function_tool_without_a_function_is_rejected()
    {
        var (client, network) = Create(RunJson);
        var request = new CreateRunRequest { AssistantId = "asst_1", Tools = new List<AssistantTool> { new FunctionTool { Function = null! } } };

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.CreateRunAsync("thread_1", request));

        Assert.That(ex!.Message, Does.Contain("request.Tools[0].Function"));
        Assert.That(network.Requests, Is.Empty);
    }

    [Test]
    public void A_named_tool_choice_without_a_type_is_rejected()
    {
        var (client, network) = Create(RunJson);
        var request = new CreateRunRequest { AssistantId = "asst_1", ToolChoice = ToolChoice.FromTool(new NamedToolChoice()) };

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.CreateRunAsync("thread_1", request));

        Assert.That(ex!.Message, Does.Contain("request.ToolChoice.Tool.Type"));
        Assert.That(network.Requests, Is.Empty);
    }

    [Test]
    public async Task A_complete_request_with_only_required_fields_is_sent()
    {
        var (client, network) = Create(RunJson);

        var run = await client.CreateRunAsync("thread_1", new CreateRunRequest { AssistantId = "asst_1" });

        Assert.That(run.Id, Is.EqualTo("run_1"));
        Assert.That(network.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_optional_body_may_be_omitted()
    {
        var (client, network) = Create("""{"id":"thread_1","object":"thread","created_at":1,"metadata":{}}""");

        var thread = await client.CreateThreadAsync();

        Assert.That(thread.Id, Is.EqualTo("thread_1"));
        Assert.That(network.Requests, Has.Count.EqualTo(1));
    }

    private static (AssistantsClient Client, RecordingHandler Network) Create(string responseBody)
    {
        var network = new RecordingHandler(responseBody);
        return (new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = "sk-test" }), network);
    }
}
