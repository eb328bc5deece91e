using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

[TestFixture]
public sealed class ThreadsContractTests : ContractTestBase
{
    [Test]
    public async Task CreateThread_SendsInitialMessagesAndMetadata_ReturnsThread()
    {
        Given("Threads/CreateThread.json");

        var thread = await Call(() => Client.CreateThreadAsync(new CreateThreadRequest
        {
            Messages = new List<CreateMessageRequest>
            {
                new()
                {
                    Role = MessageRole.User,
                    Content = "Summarise the attached report.",
                    FileIds = new List<string> { "file-abc123" },
                    Metadata = new Dictionary<string, string> { ["client"] = "web" },
                },
            },
            Metadata = new Dictionary<string, string> { ["user_id"] = "user_42", ["channel"] = "web" },
        }));

        AssertIsThread(thread, new Dictionary<string, string> { ["user_id"] = "user_42", ["channel"] = "web" });
        AssertSingleRequest("POST", "/v1/threads");
    }

    [Test]
    public async Task GetThread_ById_ReturnsThread()
    {
        Given("Threads/GetThread.json");

        var thread = await Call(() => Client.GetThreadAsync("thread_abc123"));

        AssertIsThread(thread, new Dictionary<string, string> { ["user_id"] = "user_42", ["channel"] = "web" });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123");
    }

    [Test]
    public async Task ModifyThread_SendsMetadataOnly_ReturnsUpdatedThread()
    {
        Given("Threads/ModifyThread.json");

        var metadata = new Dictionary<string, string> { ["user_id"] = "user_42", ["channel"] = "mobile", ["resolved"] = "true" };
        var thread = await Call(() => Client.ModifyThreadAsync("thread_abc123", new ModifyThreadRequest { Metadata = metadata }));

        AssertIsThread(thread, metadata);
        AssertSingleRequest("POST", "/v1/threads/thread_abc123");
    }

    [Test]
    public async Task DeleteThread_ById_ReturnsDeletionStatus()
    {
        Given("Threads/DeleteThread.json");

        var deleted = await Call(() => Client.DeleteThreadAsync("thread_abc123"));

        Assert.Multiple(() =>
        {
            Assert.That(deleted.Id, Is.EqualTo("thread_abc123"));
            Assert.That(deleted.Object, Is.EqualTo("thread.deleted"));
            Assert.That(deleted.Deleted, Is.True);
        });
        AssertSingleRequest("DELETE", "/v1/threads/thread_abc123");
    }

    private static void AssertIsThread(AssistantThread thread, IDictionary<string, string> metadata)
    {
        Assert.Multiple(() =>
        {
            Assert.That(thread.Id, Is.EqualTo("thread_abc123"));
            Assert.That(thread.Object, Is.EqualTo("thread"));
            Assert.That(thread.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175260)));
            Assert.That(thread.Metadata, Is.EquivalentTo(metadata));
        });
    }
}
