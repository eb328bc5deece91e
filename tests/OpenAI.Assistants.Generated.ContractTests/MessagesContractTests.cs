using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

[TestFixture]
public sealed class MessagesContractTests : ContractTestBase
{
    [Test]
    public async Task ListMessages_SendsPagingQueryAndRunId_ReturnsCompletedAndIncompleteMessages()
    {
        Given("Messages/ListMessages.json");

        var page = await Call(() => Client.ListMessagesAsync("thread_abc123", limit: 10, order: ListOrder.Desc, after: "msg_000", before: "msg_999", runId: "run_abc123"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Object, Is.EqualTo("list"));
            Assert.That(page.Data.Select(m => m.Id), Is.EqualTo(new[] { "msg_abc123", "msg_trunc02" }));
            Assert.That(page.FirstId, Is.EqualTo("msg_abc123"));
            Assert.That(page.LastId, Is.EqualTo("msg_trunc02"));
            Assert.That(page.HasMore, Is.True);
            var truncated = page.Data[1];
            Assert.That(truncated.Status, Is.EqualTo(MessageStatus.Incomplete));
            Assert.That(truncated.IncompleteDetails!.Reason, Is.EqualTo(MessageIncompleteReason.MaxTokens));
            Assert.That(truncated.IncompleteAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175340)));
            Assert.That(truncated.CompletedAt, Is.Null);
            Assert.That(((MessageTextContent)truncated.Content.Single()).Text.Value, Is.EqualTo("The chart shows"));
        });
        AssertIsAnnotatedAssistantMessage(page.Data[0], new Dictionary<string, string> { ["source"] = "report-q1" });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/messages");
    }

    [Test]
    public async Task CreateMessage_SendsRoleContentFilesAndMetadata_ReturnsUserMessage()
    {
        Given("Messages/CreateMessage.json");

        var message = await Call(() => Client.CreateMessageAsync("thread_abc123", new CreateMessageRequest
        {
            Role = MessageRole.User,
            Content = "Summarise the attached report.",
            FileIds = new List<string> { "file-abc123" },
            Metadata = new Dictionary<string, string> { ["client"] = "web" },
        }));

        Assert.Multiple(() =>
        {
            Assert.That(message.Id, Is.EqualTo("msg_user001"));
            Assert.That(message.ThreadId, Is.EqualTo("thread_abc123"));
            Assert.That(message.Role, Is.EqualTo(MessageRole.User));
            Assert.That(message.Status, Is.EqualTo(MessageStatus.Completed));
            var text = (MessageTextContent)message.Content.Single();
            Assert.That(text.Text.Value, Is.EqualTo("Summarise the attached report."));
            Assert.That(text.Text.Annotations, Is.Empty);
            Assert.That(message.AssistantId, Is.Null);
            Assert.That(message.RunId, Is.Null);
            Assert.That(message.FileIds, Is.EqualTo(new[] { "file-abc123" }));
            Assert.That(message.Metadata, Is.EquivalentTo(new Dictionary<string, string> { ["client"] = "web" }));
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/messages");
    }

    [Test]
    public async Task GetMessage_ByIds_ReturnsTextWithCitationAndFilePathAnnotationsAndImageFile()
    {
        Given("Messages/GetMessage.json");

        var message = await Call(() => Client.GetMessageAsync("thread_abc123", "msg_abc123"));

        AssertIsAnnotatedAssistantMessage(message, new Dictionary<string, string> { ["source"] = "report-q1" });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/messages/msg_abc123");
    }

    [Test]
    public async Task ModifyMessage_SendsMetadataOnly_ReturnsUpdatedMessage()
    {
        Given("Messages/ModifyMessage.json");

        var metadata = new Dictionary<string, string> { ["source"] = "report-q1", ["reviewed"] = "yes" };
        var message = await Call(() => Client.ModifyMessageAsync("thread_abc123", "msg_abc123", new ModifyMessageRequest { Metadata = metadata }));

        AssertIsAnnotatedAssistantMessage(message, metadata);
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/messages/msg_abc123");
    }

    [Test]
    public async Task ListMessageFiles_SendsPagingQuery_ReturnsPage()
    {
        Given("Messages/ListMessageFiles.json");

        var page = await Call(() => Client.ListMessageFilesAsync("thread_abc123", "msg_abc123", limit: 2, order: ListOrder.Asc, after: "file-000", before: "file-zzz"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Object, Is.EqualTo("list"));
            Assert.That(page.Data.Select(f => f.Id), Is.EqualTo(new[] { "file-abc123", "file-def456" }));
            Assert.That(page.Data.Select(f => f.Object), Is.All.EqualTo("thread.message.file"));
            Assert.That(page.Data.Select(f => f.MessageId), Is.All.EqualTo("msg_abc123"));
            Assert.That(page.FirstId, Is.EqualTo("file-abc123"));
            Assert.That(page.LastId, Is.EqualTo("file-def456"));
            Assert.That(page.HasMore, Is.False);
        });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/messages/msg_abc123/files");
    }

    [Test]
    public async Task GetMessageFile_ByIds_ReturnsMessageFile()
    {
        Given("Messages/GetMessageFile.json");

        var file = await Call(() => Client.GetMessageFileAsync("thread_abc123", "msg_abc123", "file-abc123"));

        Assert.Multiple(() =>
        {
            Assert.That(file.Id, Is.EqualTo("file-abc123"));
            Assert.That(file.Object, Is.EqualTo("thread.message.file"));
            Assert.That(file.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175301)));
            Assert.That(file.MessageId, Is.EqualTo("msg_abc123"));
        });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/messages/msg_abc123/files/file-abc123");
    }

    private static void AssertIsAnnotatedAssistantMessage(ThreadMessage message, IDictionary<string, string> metadata)
    {
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
            Assert.That(message.Metadata, Is.EquivalentTo(metadata));
            Assert.That(message.Content, Has.Count.EqualTo(2));

            var text = (MessageTextContent)message.Content[0];
            Assert.That(text.Text.Value, Does.StartWith("The report says revenue grew 12%"));
            Assert.That(text.Text.Annotations, Has.Count.EqualTo(2));
            var citation = (FileCitationAnnotation)text.Text.Annotations[0];
            Assert.That(citation.Text, Is.EqualTo("【4†source】"));
            Assert.That(citation.FileCitation.FileId, Is.EqualTo("file-abc123"));
            Assert.That(citation.FileCitation.Quote, Is.EqualTo("Revenue grew by 12% year over year."));
            Assert.That(citation.StartIndex, Is.EqualTo(32));
            Assert.That(citation.EndIndex, Is.EqualTo(42));
            var filePath = (FilePathAnnotation)text.Text.Annotations[1];
            Assert.That(filePath.Text, Is.EqualTo("sandbox:/mnt/data/chart.png"));
            Assert.That(filePath.FilePath.FileId, Is.EqualTo("file-chart789"));
            Assert.That(filePath.StartIndex, Is.EqualTo(64));
            Assert.That(filePath.EndIndex, Is.EqualTo(91));

            var image = (MessageImageFileContent)message.Content[1];
            Assert.That(image.ImageFile.FileId, Is.EqualTo("file-image321"));
        });
    }
}
