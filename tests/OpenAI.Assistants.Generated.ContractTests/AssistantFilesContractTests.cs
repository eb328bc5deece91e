using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

[TestFixture]
public sealed class AssistantFilesContractTests : ContractTestBase
{
    [Test]
    public async Task ListAssistantFiles_SendsPagingQuery_ReturnsPage()
    {
        Given("AssistantFiles/ListAssistantFiles.json");

        var page = await Call(() => Client.ListAssistantFilesAsync("asst_abc123", limit: 5, order: ListOrder.Asc, after: "file-000", before: "file-zzz"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Object, Is.EqualTo("list"));
            Assert.That(page.Data.Select(f => f.Id), Is.EqualTo(new[] { "file-abc123", "file-def456" }));
            Assert.That(page.Data.Select(f => f.AssistantId), Is.All.EqualTo("asst_abc123"));
            Assert.That(page.Data[1].CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175220)));
            Assert.That(page.FirstId, Is.EqualTo("file-abc123"));
            Assert.That(page.LastId, Is.EqualTo("file-def456"));
            Assert.That(page.HasMore, Is.False);
        });
        AssertSingleRequest("GET", "/v1/assistants/asst_abc123/files");
    }

    [Test]
    public async Task CreateAssistantFile_SendsFileId_ReturnsAssistantFile()
    {
        Given("AssistantFiles/CreateAssistantFile.json");

        var file = await Call(() => Client.CreateAssistantFileAsync("asst_abc123", new CreateAssistantFileRequest { FileId = "file-abc123" }));

        AssertIsAttachedFile(file);
        AssertSingleRequest("POST", "/v1/assistants/asst_abc123/files");
    }

    [Test]
    public async Task GetAssistantFile_ByIds_ReturnsAssistantFile()
    {
        Given("AssistantFiles/GetAssistantFile.json");

        var file = await Call(() => Client.GetAssistantFileAsync("asst_abc123", "file-abc123"));

        AssertIsAttachedFile(file);
        AssertSingleRequest("GET", "/v1/assistants/asst_abc123/files/file-abc123");
    }

    [Test]
    public async Task DeleteAssistantFile_ByIds_ReturnsDeletionStatus()
    {
        Given("AssistantFiles/DeleteAssistantFile.json");

        var deleted = await Call(() => Client.DeleteAssistantFileAsync("asst_abc123", "file-abc123"));

        Assert.Multiple(() =>
        {
            Assert.That(deleted.Id, Is.EqualTo("file-abc123"));
            Assert.That(deleted.Object, Is.EqualTo("assistant.file.deleted"));
            Assert.That(deleted.Deleted, Is.True);
        });
        AssertSingleRequest("DELETE", "/v1/assistants/asst_abc123/files/file-abc123");
    }

    private static void AssertIsAttachedFile(AssistantFile file)
    {
        Assert.Multiple(() =>
        {
            Assert.That(file.Id, Is.EqualTo("file-abc123"));
            Assert.That(file.Object, Is.EqualTo("assistant.file"));
            Assert.That(file.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175210)));
            Assert.That(file.AssistantId, Is.EqualTo("asst_abc123"));
        });
    }
}
