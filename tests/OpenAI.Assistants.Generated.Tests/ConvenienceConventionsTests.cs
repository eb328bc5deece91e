using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// What build/CodeGen/Convenience writes from the document is there for every operation and event it should be:
/// a listing per page-returning operation, <see cref="IStreamEvent{T}"/> per stream event class. The messages say
/// what to change in the document when something is missing (openapi/README.md, shaping rules).
/// </summary>
public class ConvenienceConventionsTests
{
    private const string ListShape =
        "give the operation the list shape in openapi/assistants-v1.yaml (a GET whose 200 response has object, data, first_id, last_id and has_more, "
        + "and the query parameters limit, order, after and before; see openapi/README.md), and the build writes the listing";

    private const string EmptyPage = """{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""";

    /// <summary>A generated method that returns one page of a list: its result has Data (a list), HasMore, FirstId and LastId.</summary>
    private sealed record PageMethod(MethodInfo Method, Type Page, Type Item);

    private static List<PageMethod> PageMethods() =>
        typeof(AssistantsClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
            .Select(m => (Method: m, Page: m.ReturnType.GetGenericArguments()[0]))
            .Select(x => (x.Method, x.Page, Data: x.Page.GetProperty("Data")?.PropertyType))
            .Where(x => x.Data is { IsGenericType: true } data && data.GetGenericTypeDefinition() == typeof(IList<>)
                && x.Page.GetProperty("HasMore") is not null && x.Page.GetProperty("FirstId") is not null && x.Page.GetProperty("LastId") is not null)
            .Select(x => new PageMethod(x.Method, x.Page, x.Data!.GetGenericArguments()[0]))
            .OrderBy(p => p.Method.Name)
            .ToList();

    private static IEnumerable<TestCaseData> PageMethodCases() =>
        PageMethods().Select(p => new TestCaseData(p.Method.Name).SetArgDisplayNames(p.Method.Name));

    private static PageMethod Page(string name) => PageMethods().Single(p => p.Method.Name == name);

    /// <summary>The ids a page method takes before its optional query parameters (the path parameters).</summary>
    private static List<ParameterInfo> Ids(MethodInfo method) =>
        method.GetParameters().TakeWhile(p => p.ParameterType == typeof(string) && !p.IsOptional).ToList();

    /// <summary>The listing of a page method: returns <c>AsyncListing&lt;Item&gt;</c> and takes the same ids (whatever its name).</summary>
    private static MethodInfo? Listing(Type declaring, PageMethod page) =>
        declaring.GetMethods()
            .Where(m => m.ReturnType == typeof(AsyncListing<>).MakeGenericType(page.Item))
            .SingleOrDefault(m => m.GetParameters().TakeWhile(p => p.ParameterType == typeof(string)).Select(p => p.Name)
                .SequenceEqual(Ids(page.Method).Select(p => p.Name)));

    [Test]
    public void The_document_has_the_six_list_operations_of_the_v1_api()
    {
        Assert.That(PageMethods().Select(p => p.Method.Name), Is.EquivalentTo(new[]
        {
            "ListAssistantsAsync", "ListAssistantFilesAsync", "ListMessagesAsync", "ListMessageFilesAsync", "ListRunsAsync", "ListRunStepsAsync",
        }));
    }

    [TestCaseSource(nameof(PageMethodCases))]
    public void Page_implements_IListPage_of_its_items(string pageMethod)
    {
        var page = Page(pageMethod);

        Assert.That(
            typeof(IListPage<>).MakeGenericType(page.Item).IsAssignableFrom(page.Page),
            Is.True,
            $"{page.Page.Name} (returned by {pageMethod}) is a page of {page.Item.Name} but does not implement IListPage<{page.Item.Name}>: {ListShape}.");
    }

    [TestCaseSource(nameof(PageMethodCases))]
    public void Page_method_has_a_listing_on_the_client_and_the_interface(string pageMethod)
    {
        var page = Page(pageMethod);
        var listing = Listing(typeof(AssistantsClient), page);
        var expected = $"AsyncListing<{page.Item.Name}> Get...Async({string.Join(", ", Ids(page.Method).Select(p => "string " + p.Name).Append("ListOptions? options = null, CancellationToken cancellationToken = default"))})";

        Assert.That(listing, Is.Not.Null, $"{pageMethod} returns a page of {page.Item.Name}, but the client has no listing {expected}: {ListShape}.");
        Assert.That(listing!.IsVirtual && !listing.IsFinal, Is.True, $"{listing.Name} is overridable, like every network method.");
        Assert.That(typeof(ListOptions).IsAssignableFrom(listing.GetParameters()[^2].ParameterType), Is.True, $"{listing.Name} takes ListOptions (or the options class x-pageable names) before the token.");
        Assert.That(listing.GetParameters()[^1].ParameterType, Is.EqualTo(typeof(CancellationToken)));
        Assert.That(
            Listing(typeof(IAssistantsClient), page)?.Name,
            Is.EqualTo(listing.Name),
            $"IAssistantsClient has no {listing.Name}: the build writes it next to the client's; was it written by hand on one side only?");
    }

    [TestCaseSource(nameof(PageMethodCases))]
    public async Task Listing_sends_what_its_page_method_sends(string pageMethod)
    {
        var page = Page(pageMethod);
        var listing = Listing(typeof(AssistantsClient), page)!;
        var ids = Ids(page.Method).Select(p => p.Name + "_1").ToArray<object?>();
        using var handler = new RecordingHandler(EmptyPage);
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        var direct = page.Method.GetParameters().Select((p, i) => i < ids.Length ? ids[i] : p.DefaultValue is DBNull ? null : p.DefaultValue).ToArray();
        await (Task)page.Method.Invoke(client, direct)!;
        var listed = listing.GetParameters().Select((p, i) => i < ids.Length ? ids[i] : p.DefaultValue is DBNull ? null : p.DefaultValue).ToArray();
        await foreach (var _ in ((IAsyncEnumerable<object>)listing.Invoke(client, listed)!).ConfigureAwait(false))
        {
        }

        Assert.That(handler.Requests, Has.Count.EqualTo(2));
        Assert.That(handler.Requests[1].Uri, Is.EqualTo(handler.Requests[0].Uri), $"{listing.Name} requests the pages of {pageMethod}");
    }

    [TestCaseSource(nameof(PageMethodCases))]
    public void Listing_checks_its_ids_at_the_call_before_anything_is_sent(string pageMethod)
    {
        var page = Page(pageMethod);
        var listing = Listing(typeof(AssistantsClient), page)!;
        var count = Ids(page.Method).Count;
        using var handler = new RecordingHandler(EmptyPage);
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        for (var i = 0; i < count; i++)
        {
            foreach (var (bad, exception) in new (string?, Type)[] { (null, typeof(ArgumentNullException)), (" ", typeof(ArgumentException)), ("..", typeof(ArgumentException)) })
            {
                var arguments = listing.GetParameters().Select((p, j) => j < count ? (j == i ? bad : "id_1") : p.DefaultValue is DBNull ? null : p.DefaultValue).ToArray();
                var thrown = Assert.Catch(() => Invoke(listing, client, arguments));
                Assert.That(thrown, Is.TypeOf(exception), $"{listing.Name} with {listing.GetParameters()[i].Name} = {bad ?? "null"}");
                Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo(listing.GetParameters()[i].Name));
            }
        }

        Assert.That(handler.Requests, Is.Empty);
    }

    private static IEnumerable<TestCaseData> StreamEventCases() =>
        typeof(AssistantStreamEvent).GetCustomAttributes<JsonInheritanceAttribute>()
            .Select(a => new TestCaseData(a.Type).SetArgDisplayNames(a.Key));

    [Test]
    public void The_document_has_the_24_stream_events_of_the_v1_api()
    {
        Assert.That(StreamEventCases().Count(), Is.EqualTo(24));
    }

    [TestCaseSource(nameof(StreamEventCases))]
    public void Stream_event_implements_IStreamEvent_of_its_data_type(Type eventClass)
    {
        var data = eventClass.GetProperty("Data")?.PropertyType;

        Assert.That(data, Is.Not.Null, $"{eventClass.Name} has no Data: give its schema a `data` property (the payload of the event).");
        Assert.That(
            typeof(IStreamEvent<>).MakeGenericType(data!).IsAssignableFrom(eventClass),
            Is.True,
            $"{eventClass.Name} does not implement IStreamEvent<{data!.Name}>: the build writes it for every subtype in the mapping of the "
            + "AssistantStreamEvent discriminator in openapi/assistants-v1.yaml; add the event there rather than by hand.");
    }

    private static void Invoke(MethodInfo method, object target, object?[] arguments)
    {
        try
        {
            method.Invoke(target, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
    }
}
