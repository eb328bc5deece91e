using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// The listing helpers (<c>Get*Async</c>, <see cref="AsyncListing{T}"/>) over a scripted handler: which pages they
/// request, when they stop, how they validate, cap and cancel.
/// </summary>
public class PaginationTests
{
    private ScriptedPagesHandler _handler = null!;
    private HttpClient _http = null!;

    [TearDown]
    public void DisposeHttp() => _http?.Dispose();

    private AssistantsClient ClientAnswering(params string[] bodies) => ClientWith(new ScriptedPagesHandler(bodies));

    private AssistantsClient ClientWith(ScriptedPagesHandler handler)
    {
        _handler = handler;
        _http = new HttpClient(handler);
        return new AssistantsClient(_http, new AssistantsClientOptions { ApiKey = "sk-test" });
    }

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<Assistant> source) =>
        (await source.ToListAsync().AsTask()).Select(a => a.Id).ToList();

    [Test]
    public async Task Items_follow_last_id_as_after_until_has_more_is_false()
    {
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_1", "asst_2"),
            Pages.Assistants(true, "asst_3", "asst_4"),
            Pages.Assistants(false, "asst_5"));

        var ids = await IdsAsync(client.GetAssistantsAsync(new ListOptions { PageSize = 2, Order = ListOrder.Asc }));

        Assert.That(ids, Is.EqualTo(new[] { "asst_1", "asst_2", "asst_3", "asst_4", "asst_5" }));
        Assert.That(_handler.Requests, Has.Count.EqualTo(3));
        Assert.That(Enumerable.Range(0, 3).Select(i => _handler.Query(i)["after"]), Is.EqualTo(new[] { null, "asst_2", "asst_4" }));
        Assert.That(Enumerable.Range(0, 3).Select(i => _handler.Query(i)["limit"]), Is.All.EqualTo("2"));
        Assert.That(Enumerable.Range(0, 3).Select(i => _handler.Query(i)["order"]), Is.All.EqualTo("asc"));
        Assert.That(Enumerable.Range(0, 3).Select(i => _handler.Query(i)["before"]), Is.All.Null);
    }

    [Test]
    public async Task Has_more_false_stops_without_another_request()
    {
        var client = ClientAnswering(Pages.Assistants(false, "asst_1", "asst_2"));

        var ids = await IdsAsync(client.GetAssistantsAsync());

        Assert.That(ids, Is.EqualTo(new[] { "asst_1", "asst_2" }));
        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
        Assert.That(_handler.Requests[0].Query, Is.Empty, "no options, no query parameters");
    }

    [Test]
    public async Task Empty_first_page_yields_no_items_after_one_request()
    {
        var client = ClientAnswering(Pages.Assistants(false), Pages.Assistants(false));

        var ids = await IdsAsync(client.GetAssistantsAsync());
        var requestsForItems = _handler.Requests.Count;
        var pages = await client.GetAssistantsAsync().AsPages().ToListAsync();

        Assert.That(ids, Is.Empty);
        Assert.That(requestsForItems, Is.EqualTo(1));

        Assert.That(pages, Has.Count.EqualTo(1));
        Assert.That(pages[0].Data, Is.Empty);
        Assert.That(pages[0].FirstId, Is.Null);
        Assert.That(pages[0].LastId, Is.Null);
        Assert.That(pages[0].NextCursor, Is.Null);
        Assert.That(_handler.Requests, Has.Count.EqualTo(2), "one request per listing");
    }

    [Test]
    public async Task Empty_page_that_claims_more_stops_instead_of_looping()
    {
        var client = ClientAnswering(Pages.AssistantsWithCursors(true, "asst_9", "asst_9"));

        var ids = await IdsAsync(client.GetAssistantsAsync());

        Assert.That(ids, Is.Empty);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Null_last_id_with_has_more_true_stops_after_one_request()
    {
        var client = ClientAnswering(Pages.AssistantsWithCursors(true, "asst_1", null, "asst_1", "asst_2"));

        var pages = await client.GetAssistantsAsync().AsPages().ToListAsync();

        Assert.That(pages.Single().Data.Select(a => a.Id), Is.EqualTo(new[] { "asst_1", "asst_2" }));
        Assert.That(pages.Single().HasMore, Is.True, "the page reports what the API said");
        Assert.That(pages.Single().NextCursor, Is.Null);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cursor_that_does_not_advance_stops_the_listing()
    {
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_1", "asst_2"),
            Pages.Assistants(true, "asst_1", "asst_2"));

        await IdsAsync(client.GetAssistantsAsync());

        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
    }

    private static IEnumerable<TestCaseData> ListingCalls()
    {
        yield return new TestCaseData(new Action<AssistantsClient, ListOptions>((c, o) => c.GetAssistantsAsync(o))).SetArgDisplayNames("GetAssistantsAsync");
        yield return new TestCaseData(new Action<AssistantsClient, ListOptions>((c, o) => c.GetAssistantFilesAsync("asst_1", o))).SetArgDisplayNames("GetAssistantFilesAsync");
        yield return new TestCaseData(new Action<AssistantsClient, ListOptions>((c, o) => c.GetMessagesAsync("thread_1", new MessageListOptions { PageSize = o.PageSize, MaxItems = o.MaxItems }))).SetArgDisplayNames("GetMessagesAsync");
        yield return new TestCaseData(new Action<AssistantsClient, ListOptions>((c, o) => c.GetMessageFilesAsync("thread_1", "msg_1", o))).SetArgDisplayNames("GetMessageFilesAsync");
        yield return new TestCaseData(new Action<AssistantsClient, ListOptions>((c, o) => c.GetRunsAsync("thread_1", o))).SetArgDisplayNames("GetRunsAsync");
        yield return new TestCaseData(new Action<AssistantsClient, ListOptions>((c, o) => c.GetRunStepsAsync("thread_1", "run_1", o))).SetArgDisplayNames("GetRunStepsAsync");
    }

    [TestCaseSource(nameof(ListingCalls))]
    public void Page_size_out_of_range_is_rejected_when_the_listing_method_is_called(Action<AssistantsClient, ListOptions> call)
    {
        var client = ClientAnswering();

        foreach (var pageSize in new[] { 0, 101, -1 })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => call(client, new ListOptions { PageSize = pageSize }));
            Assert.That(ex!.ParamName, Is.EqualTo("PageSize"));
            Assert.That(ex.ActualValue, Is.EqualTo(pageSize));
            Assert.That(ex.Message, Does.Contain("limit").And.Contain("1 to 100"));
        }

        Assert.That(_handler.Requests, Is.Empty);
    }

    [TestCaseSource(nameof(ListingCalls))]
    public void Max_items_not_above_zero_is_rejected_when_the_listing_method_is_called(Action<AssistantsClient, ListOptions> call)
    {
        var client = ClientAnswering();

        foreach (var maxItems in new[] { 0, -5 })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => call(client, new ListOptions { MaxItems = maxItems }));
            Assert.That(ex!.ParamName, Is.EqualTo("MaxItems"));
        }

        Assert.That(_handler.Requests, Is.Empty);
    }

    [TestCase(1)]
    [TestCase(100)]
    public async Task Page_size_bounds_are_sent_as_limit(int pageSize)
    {
        var client = ClientAnswering(Pages.Assistants(false, "asst_1"));

        await IdsAsync(client.GetAssistantsAsync(new ListOptions { PageSize = pageSize }));

        Assert.That(_handler.Query(0)["limit"], Is.EqualTo(pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Blank_cursors_and_ids_are_rejected_when_the_listing_method_is_called()
    {
        var client = ClientAnswering();

        Assert.That(Assert.Throws<ArgumentException>(() => client.GetAssistantsAsync(new ListOptions { After = " " }))!.ParamName, Is.EqualTo("After"));
        Assert.That(Assert.Throws<ArgumentException>(() => client.GetAssistantsAsync(new ListOptions { Before = "" }))!.ParamName, Is.EqualTo("Before"));
        Assert.That(Assert.Throws<ArgumentException>(() => client.GetMessagesAsync("thread_1", new MessageListOptions { RunId = "" }))!.ParamName, Is.EqualTo("RunId"));
        Assert.That(Assert.Throws<ArgumentException>(() => client.GetMessagesAsync(" "))!.ParamName, Is.EqualTo("threadId"));
        Assert.That(Assert.Throws<ArgumentException>(() => client.GetRunStepsAsync("thread_1", ".."))!.ParamName, Is.EqualTo("runId"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => client.GetMessageFilesAsync("thread_1", null!))!.ParamName, Is.EqualTo("messageId"));
        Assert.That(Assert.Throws<ArgumentException>(() => client.GetAssistantsAsync().AsPages(""))!.ParamName, Is.EqualTo("continuationCursor"));
        Assert.That(_handler.Requests, Is.Empty);
    }

    [Test]
    public async Task Max_items_stops_at_the_cap_and_asks_only_for_the_items_still_needed()
    {
        // Three pages scripted: a fourth request would fail the test.
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_1", "asst_2"),
            Pages.Assistants(true, "asst_3", "asst_4"),
            Pages.Assistants(true, "asst_5"));

        var ids = await IdsAsync(client.GetAssistantsAsync(new ListOptions { PageSize = 2, MaxItems = 5 }));

        Assert.That(ids, Is.EqualTo(new[] { "asst_1", "asst_2", "asst_3", "asst_4", "asst_5" }));
        Assert.That(Enumerable.Range(0, _handler.Requests.Count).Select(i => _handler.Query(i)["limit"]), Is.EqualTo(new[] { "2", "2", "1" }));
    }

    [Test]
    public async Task Max_items_reached_on_a_page_boundary_fetches_no_further_page()
    {
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_1", "asst_2"),
            Pages.Assistants(true, "asst_3", "asst_4"));

        var pages = await client.GetAssistantsAsync(new ListOptions { PageSize = 2, MaxItems = 4 }).AsPages().ToListAsync();

        Assert.That(pages.SelectMany(p => p.Data).Select(a => a.Id), Is.EqualTo(new[] { "asst_1", "asst_2", "asst_3", "asst_4" }));
        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
        Assert.That(pages[1].NextCursor, Is.EqualTo("asst_4"), "the capped listing still says where to resume");
    }

    [Test]
    public async Task Max_items_without_page_size_asks_for_the_cap_in_one_request()
    {
        var client = ClientAnswering(Pages.Assistants(true, "asst_1", "asst_2", "asst_3"));

        var ids = await IdsAsync(client.GetAssistantsAsync(new ListOptions { MaxItems = 3 }));

        Assert.That(ids, Has.Count.EqualTo(3));
        Assert.That(_handler.Query(0)["limit"], Is.EqualTo("3"));
    }

    [Test]
    public async Task Max_items_cuts_a_page_longer_than_asked_for_and_offers_no_cursor_past_it()
    {
        var client = ClientAnswering(Pages.Assistants(true, "asst_1", "asst_2", "asst_3", "asst_4"));

        var pages = await client.GetAssistantsAsync(new ListOptions { PageSize = 10, MaxItems = 3 }).AsPages().ToListAsync();

        Assert.That(pages.Single().Data.Select(a => a.Id), Is.EqualTo(new[] { "asst_1", "asst_2", "asst_3" }));
        Assert.That(pages.Single().NextCursor, Is.Null);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Cancellation_between_pages_sends_no_further_request()
    {
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_1", "asst_2"),
            Pages.Assistants(false, "asst_3"));
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();

        Assert.That(async () =>
        {
            await foreach (var assistant in client.GetAssistantsAsync(new ListOptions { PageSize = 2 }, cts.Token))
            {
                seen.Add(assistant.Id);
                if (seen.Count == 2)
                {
                    cts.Cancel();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());

        Assert.That(seen, Is.EqualTo(new[] { "asst_1", "asst_2" }));
        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Cancellation_through_WithCancellation_between_pages_sends_no_further_request()
    {
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_1"),
            Pages.Assistants(false, "asst_2"));
        using var cts = new CancellationTokenSource();

        Assert.That(async () =>
        {
            await foreach (var page in client.GetAssistantsAsync().AsPages().WithCancellation(cts.Token))
            {
                cts.Cancel();
            }
        }, Throws.InstanceOf<OperationCanceledException>());

        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Method_token_stops_a_page_request_in_flight()
    {
        var client = ClientWith(new ScriptedPagesHandler(Pages.Assistants(true, "asst_1"), Pages.Assistants(false, "asst_2")) { HangOnRequest = 2 });
        using var cts = new CancellationTokenSource();

        cts.CancelAfter(TimeSpan.FromMilliseconds(200));
        Assert.That(async () => await IdsAsync(client.GetAssistantsAsync(cancellationToken: cts.Token)), Throws.InstanceOf<OperationCanceledException>());

        Assert.That(_handler.Requests, Has.Count.EqualTo(2), "cancelled while the second page was in flight");
    }

    [Test]
    public void Enumeration_token_stops_a_page_request_in_flight_when_the_method_has_a_token_too()
    {
        using var methodCts = new CancellationTokenSource();
        using var enumerationCts = new CancellationTokenSource();
        var client = ClientWith(new ScriptedPagesHandler(Pages.Assistants(false, "asst_1")) { HangOnRequest = 1 });

        enumerationCts.CancelAfter(TimeSpan.FromMilliseconds(200));
        Assert.That(async () =>
        {
            await foreach (var assistant in client.GetAssistantsAsync(cancellationToken: methodCts.Token).WithCancellation(enumerationCts.Token))
            {
            }
        }, Throws.InstanceOf<OperationCanceledException>());

        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Before_walks_backward_with_first_id_as_before()
    {
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_7", "asst_8"),
            Pages.Assistants(true, "asst_5", "asst_6"),
            Pages.Assistants(false, "asst_4"));

        var pages = await client.GetAssistantsAsync(new ListOptions { PageSize = 2, Order = ListOrder.Asc, Before = "asst_9" }).AsPages().ToListAsync();

        Assert.That(pages.SelectMany(p => p.Data).Select(a => a.Id), Is.EqualTo(new[] { "asst_7", "asst_8", "asst_5", "asst_6", "asst_4" }));
        Assert.That(pages.Select(p => p.NextCursor), Is.EqualTo(new[] { "asst_7", "asst_5", null }));
        Assert.That(Enumerable.Range(0, 3).Select(i => _handler.Query(i)["before"]), Is.EqualTo(new[] { "asst_9", "asst_7", "asst_5" }));
        Assert.That(Enumerable.Range(0, 3).Select(i => _handler.Query(i)["after"]), Is.All.Null);
    }

    [Test]
    public async Task After_and_before_together_walk_forward_with_before_as_a_fixed_bound()
    {
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_2", "asst_3"),
            Pages.Assistants(false, "asst_4"));

        var ids = await IdsAsync(client.GetAssistantsAsync(new ListOptions { PageSize = 2, Order = ListOrder.Asc, After = "asst_1", Before = "asst_5" }));

        Assert.That(ids, Is.EqualTo(new[] { "asst_2", "asst_3", "asst_4" }));
        Assert.That(Enumerable.Range(0, 2).Select(i => _handler.Query(i)["after"]), Is.EqualTo(new[] { "asst_1", "asst_3" }));
        Assert.That(Enumerable.Range(0, 2).Select(i => _handler.Query(i)["before"]), Is.All.EqualTo("asst_5"));
    }

    [Test]
    public async Task Next_cursor_of_a_page_resumes_the_listing_after_it()
    {
        var client = ClientAnswering(
            Pages.Assistants(true, "asst_1", "asst_2"),
            Pages.Assistants(false, "asst_3"));
        var options = new ListOptions { PageSize = 2, Order = ListOrder.Asc };

        string? cursor = null;
        await foreach (var page in client.GetAssistantsAsync(options).AsPages())
        {
            cursor = page.NextCursor;
            break;
        }

        var rest = await client.GetAssistantsAsync(options).AsPages(cursor).ToListAsync();

        Assert.That(cursor, Is.EqualTo("asst_2"));
        Assert.That(rest.Single().Data.Select(a => a.Id), Is.EqualTo(new[] { "asst_3" }));
        Assert.That(rest.Single().NextCursor, Is.Null);
        Assert.That(_handler.Query(1)["after"], Is.EqualTo("asst_2"));
        Assert.That(_handler.Query(1)["limit"], Is.EqualTo("2"));
    }

    [Test]
    public async Task Next_cursor_of_a_backward_listing_resumes_with_before()
    {
        var client = ClientAnswering(Pages.Assistants(false, "asst_1", "asst_2"));

        await client.GetAssistantsAsync(new ListOptions { Before = "asst_9" }).AsPages("asst_3").ToListAsync();

        Assert.That(_handler.Query(0)["before"], Is.EqualTo("asst_3"));
        Assert.That(_handler.Query(0)["after"], Is.Null);
    }

    [Test]
    public async Task Run_id_filter_is_sent_on_every_page_of_messages()
    {
        var client = ClientAnswering(
            Pages.Messages(true, "msg_1"),
            Pages.Messages(true, "msg_2"),
            Pages.Messages(false, "msg_3"));

        var messages = await client.GetMessagesAsync("thread_1", new MessageListOptions { PageSize = 1, RunId = "run_1" }).ToListAsync();

        Assert.That(messages.Select(m => m.Id), Is.EqualTo(new[] { "msg_1", "msg_2", "msg_3" }));
        Assert.That(_handler.Requests.Select(u => u.AbsolutePath), Is.All.EqualTo("/v1/threads/thread_1/messages"));
        Assert.That(Enumerable.Range(0, 3).Select(i => _handler.Query(i)["run_id"]), Is.All.EqualTo("run_1"));
    }

    [Test]
    public async Task Options_changed_after_the_call_do_not_change_the_listing()
    {
        var client = ClientAnswering(Pages.Assistants(false, "asst_1"));
        var options = new ListOptions { PageSize = 5 };

        var listing = client.GetAssistantsAsync(options);
        options.PageSize = 0;
        options.After = "asst_0";
        await IdsAsync(listing);

        Assert.That(_handler.Query(0)["limit"], Is.EqualTo("5"));
        Assert.That(_handler.Query(0)["after"], Is.Null);
    }

    [Test]
    public void Every_list_operation_has_a_virtual_listing_method_over_its_items()
    {
        var listOperations = typeof(AssistantsClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("List", StringComparison.Ordinal) && m.Name.EndsWith("Async", StringComparison.Ordinal))
            .ToList();
        Assert.That(listOperations, Has.Count.EqualTo(6));

        foreach (var operation in listOperations)
        {
            var responseType = operation.ReturnType.GetGenericArguments().Single();
            var pageInterface = responseType.GetInterfaces().SingleOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IListPage<>));
            Assert.That(pageInterface, Is.Not.Null, $"{responseType.Name} implements IListPage<T>");
            var itemType = pageInterface!.GetGenericArguments()[0];

            var listingName = "Get" + operation.Name.Substring("List".Length);
            var listing = typeof(AssistantsClient).GetMethod(listingName);
            Assert.That(listing, Is.Not.Null, $"{operation.Name} has {listingName}");
            Assert.That(listing!.ReturnType, Is.EqualTo(typeof(AsyncListing<>).MakeGenericType(itemType)), listingName);
            Assert.That(listing.IsVirtual && !listing.IsFinal, Is.True, listingName + " is overridable");
            var last = listing.GetParameters().Last();
            Assert.That(last.ParameterType, Is.EqualTo(typeof(CancellationToken)), listingName);
            Assert.That(last.IsOptional, Is.True, listingName);
        }
    }
}
