using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// The listing helpers (<c>Get*Async</c>, <c>AsPages</c>) against WireMock: every page is a mapping that matches the
/// paging query exactly (absent cursors included), and the journal shows which pages were asked for, in which order,
/// and that nothing more was sent.
/// </summary>
[TestFixture]
public sealed class PaginationContractTests : ContractTestBase
{
    private static void GivenPages(params string[] names)
    {
        foreach (var name in names)
        {
            Given($"Pagination/{name}.json");
        }
    }

    private static void AssertAnsweredBy(params string[] pages) =>
        Assert.That(AnsweringMappings(), Is.EqualTo(pages.Select(p => "Pagination/" + p)), "the pages requested, in order");

    [Test]
    public async Task ListAssistants_FollowsLastIdAsAfterAcrossThreePagesInAscendingOrder()
    {
        GivenPages("AssistantsAscPage1", "AssistantsAscPage2", "AssistantsAscPage3");

        var assistants = await Call(() => Client.GetAssistantsAsync(new ListOptions { PageSize = 2, Order = ListOrder.Asc }).ToListAsync().AsTask());

        Assert.That(assistants.Select(a => a.Id), Is.EqualTo(new[] { "asst_p01", "asst_p02", "asst_p03", "asst_p04", "asst_p05" }));
        Assert.That(assistants.Select(a => a.Name), Is.EqualTo(new[] { "Helper 01", "Helper 02", "Helper 03", "Helper 04", "Helper 05" }));
        Assert.That(assistants.Select(a => a.CreatedAt), Is.Ordered.Ascending);
        AssertAnsweredBy("AssistantsAscPage1", "AssistantsAscPage2", "AssistantsAscPage3");
        AssertRequestCount("GET", "/v1/assistants", 3);
    }

    [Test]
    public async Task ListAssistants_AsPagesGivesEachPageWithHasMoreFirstIdLastIdAndNextCursor()
    {
        GivenPages("AssistantsAscPage1", "AssistantsAscPage2", "AssistantsAscPage3");

        var pages = await Call(() => Client.GetAssistantsAsync(new ListOptions { PageSize = 2, Order = ListOrder.Asc }).AsPages().ToListAsync().AsTask());

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Data.Count), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(pages.Select(p => p.HasMore), Is.EqualTo(new[] { true, true, false }));
            Assert.That(pages.Select(p => p.FirstId), Is.EqualTo(new[] { "asst_p01", "asst_p03", "asst_p05" }));
            Assert.That(pages.Select(p => p.LastId), Is.EqualTo(new[] { "asst_p02", "asst_p04", "asst_p05" }));
            Assert.That(pages.Select(p => p.NextCursor), Is.EqualTo(new[] { "asst_p02", "asst_p04", null }));
        });
        AssertRequestCount("GET", "/v1/assistants", 3);
    }

    [Test]
    public async Task ListAssistantFiles_AsPagesFollowsLastIdUntilHasMoreIsFalse()
    {
        GivenPages("AssistantFilesPage1", "AssistantFilesPage2");

        var pages = await Call(() => Client.GetAssistantFilesAsync("asst_abc123", new ListOptions { PageSize = 2 }).AsPages().ToListAsync().AsTask());

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Data.Select(f => f.Id)), Is.EqualTo(new[] { new[] { "file-p01", "file-p02" }, new[] { "file-p03" } }));
            Assert.That(pages.SelectMany(p => p.Data).Select(f => f.AssistantId), Is.All.EqualTo("asst_abc123"));
            Assert.That(pages.Select(p => p.HasMore), Is.EqualTo(new[] { true, false }));
            Assert.That(pages.Select(p => p.NextCursor), Is.EqualTo(new[] { "file-p02", null }));
        });
        AssertAnsweredBy("AssistantFilesPage1", "AssistantFilesPage2");
        AssertRequestCount("GET", "/v1/assistants/asst_abc123/files", 2);
    }

    [Test]
    public async Task ListMessages_SendsRunIdOnEveryPageInDescendingOrder()
    {
        GivenPages("MessagesDescByRunPage1", "MessagesDescByRunPage2", "MessagesDescByRunPage3");
        var options = new MessageListOptions { PageSize = 2, Order = ListOrder.Desc, RunId = "run_abc123" };

        var messages = await Call(() => Client.GetMessagesAsync("thread_abc123", options).ToListAsync().AsTask());

        Assert.That(messages.Select(m => m.Id), Is.EqualTo(new[] { "msg_p05", "msg_p04", "msg_p03", "msg_p02", "msg_p01" }));
        Assert.That(messages.Select(m => m.CreatedAt), Is.Ordered.Descending);
        Assert.That(messages.Select(m => m.RunId), Is.All.EqualTo("run_abc123"));
        Assert.That(messages.Select(m => ((MessageTextContent)m.Content.Single()).Text.Value), Is.EqualTo(new[] { "Answer part 5.", "Answer part 4.", "Answer part 3.", "Answer part 2.", "Answer part 1." }));
        AssertAnsweredBy("MessagesDescByRunPage1", "MessagesDescByRunPage2", "MessagesDescByRunPage3");
        AssertRequestCount("GET", "/v1/threads/thread_abc123/messages", 3);
    }

    [Test]
    public async Task ListMessages_AsPagesInDescendingOrderOfferLastIdAsNextCursor()
    {
        GivenPages("MessagesDescByRunPage1", "MessagesDescByRunPage2", "MessagesDescByRunPage3");
        var options = new MessageListOptions { PageSize = 2, Order = ListOrder.Desc, RunId = "run_abc123" };

        var pages = await Call(() => Client.GetMessagesAsync("thread_abc123", options).AsPages().ToListAsync().AsTask());

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.FirstId), Is.EqualTo(new[] { "msg_p05", "msg_p03", "msg_p01" }));
            Assert.That(pages.Select(p => p.LastId), Is.EqualTo(new[] { "msg_p04", "msg_p02", "msg_p01" }));
            Assert.That(pages.Select(p => p.HasMore), Is.EqualTo(new[] { true, true, false }));
            Assert.That(pages.Select(p => p.NextCursor), Is.EqualTo(new[] { "msg_p04", "msg_p02", null }));
        });
        AssertRequestCount("GET", "/v1/threads/thread_abc123/messages", 3);
    }

    [Test]
    public async Task ListMessageFiles_AsPagesFollowsLastIdUntilHasMoreIsFalse()
    {
        GivenPages("MessageFilesPage1", "MessageFilesPage2");

        var pages = await Call(() => Client.GetMessageFilesAsync("thread_abc123", "msg_abc123", new ListOptions { PageSize = 2, Order = ListOrder.Asc }).AsPages().ToListAsync().AsTask());

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Data.Select(f => f.Id)), Is.EqualTo(new[] { new[] { "file-p01", "file-p02" }, new[] { "file-p03" } }));
            Assert.That(pages.SelectMany(p => p.Data).Select(f => f.MessageId), Is.All.EqualTo("msg_abc123"));
            Assert.That(pages.Select(p => p.HasMore), Is.EqualTo(new[] { true, false }));
            Assert.That(pages.Select(p => p.NextCursor), Is.EqualTo(new[] { "file-p02", null }));
        });
        AssertAnsweredBy("MessageFilesPage1", "MessageFilesPage2");
        AssertRequestCount("GET", "/v1/threads/thread_abc123/messages/msg_abc123/files", 2);
    }

    [Test]
    public async Task ListRuns_WalksBackwardWithFirstIdAsBeforeAcrossThreePages()
    {
        GivenPages("RunsBackwardPage1", "RunsBackwardPage2", "RunsBackwardPage3");

        var runs = await Call(() => Client.GetRunsAsync("thread_abc123", new ListOptions { PageSize = 2, Order = ListOrder.Asc, Before = "run_p06" }).ToListAsync().AsTask());

        // Pages come newest range first; inside a page the API's ascending order stays.
        Assert.That(runs.Select(r => r.Id), Is.EqualTo(new[] { "run_p04", "run_p05", "run_p02", "run_p03", "run_p01" }));
        Assert.That(runs.Select(r => r.Status), Is.All.EqualTo(RunStatus.Completed));
        AssertAnsweredBy("RunsBackwardPage1", "RunsBackwardPage2", "RunsBackwardPage3");
        AssertRequestCount("GET", "/v1/threads/thread_abc123/runs", 3);
    }

    [Test]
    public async Task ListRuns_AsPagesOfABackwardListingOfferFirstIdAsNextCursor()
    {
        GivenPages("RunsBackwardPage1", "RunsBackwardPage2", "RunsBackwardPage3");

        var pages = await Call(() => Client.GetRunsAsync("thread_abc123", new ListOptions { PageSize = 2, Order = ListOrder.Asc, Before = "run_p06" }).AsPages().ToListAsync().AsTask());

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.FirstId), Is.EqualTo(new[] { "run_p04", "run_p02", "run_p01" }));
            Assert.That(pages.Select(p => p.HasMore), Is.EqualTo(new[] { true, true, false }));
            Assert.That(pages.Select(p => p.NextCursor), Is.EqualTo(new[] { "run_p04", "run_p02", null }));
        });
        AssertRequestCount("GET", "/v1/threads/thread_abc123/runs", 3);
    }

    [Test]
    public async Task ListRunSteps_StopsAtMaxItemsWithoutRequestingAPageBeyondTheCap()
    {
        // The page after the cap is there to be found: a listing that ignored the cap would get it.
        GivenPages("RunStepsCappedPage1", "RunStepsCappedPage2", "RunStepsCappedPage3", "RunStepsBeyondCap");

        var steps = await Call(() => Client.GetRunStepsAsync("thread_abc123", "run_abc123", new ListOptions { PageSize = 2, Order = ListOrder.Desc, MaxItems = 5 }).ToListAsync().AsTask());

        Assert.That(steps.Select(s => s.Id), Is.EqualTo(new[] { "step_p07", "step_p06", "step_p05", "step_p04", "step_p03" }));
        Assert.That(steps.Select(s => ((MessageCreationStepDetails)s.StepDetails).MessageCreation.MessageId), Is.EqualTo(steps.Select(s => "msg_" + s.Id)));
        // limit 2, 2, then 1: the third request asks only for the item still needed.
        AssertAnsweredBy("RunStepsCappedPage1", "RunStepsCappedPage2", "RunStepsCappedPage3");
        AssertRequestCount("GET", "/v1/threads/thread_abc123/runs/run_abc123/steps", 3);
    }

    [Test]
    public async Task ListRunSteps_AsPagesResumesFromTheNextCursorOfAnEarlierPage()
    {
        GivenPages("RunStepsCappedPage1", "RunStepsCappedPage2", "RunStepsCappedPage3", "RunStepsBeyondCap");
        var options = new ListOptions { PageSize = 2, Order = ListOrder.Desc, MaxItems = 3 };

        var first = await Call(async () =>
        {
            await foreach (var page in Client.GetRunStepsAsync("thread_abc123", "run_abc123", options).AsPages())
            {
                return page;
            }

            throw new AssertionException("no page");
        });
        var rest = await Call(() => Client.GetRunStepsAsync("thread_abc123", "run_abc123", options).AsPages(first.NextCursor).ToListAsync().AsTask());

        Assert.Multiple(() =>
        {
            Assert.That(first.Data.Select(s => s.Id), Is.EqualTo(new[] { "step_p07", "step_p06" }));
            Assert.That(first.NextCursor, Is.EqualTo("step_p06"));
            Assert.That(rest.Select(p => p.Data.Select(s => s.Id)), Is.EqualTo(new[] { new[] { "step_p05", "step_p04" }, new[] { "step_p03" } }));
            Assert.That(rest.Select(p => p.NextCursor), Is.EqualTo(new[] { "step_p04", "step_p03" }), "the capped listing ends with a cursor to go on");
            Assert.That(rest.Last().HasMore, Is.True);
        });
        AssertAnsweredBy("RunStepsCappedPage1", "RunStepsCappedPage2", "RunStepsCappedPage3");
        AssertRequestCount("GET", "/v1/threads/thread_abc123/runs/run_abc123/steps", 3);
    }
}
