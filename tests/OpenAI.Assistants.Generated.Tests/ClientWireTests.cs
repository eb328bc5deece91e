using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// The client itself (not only the models) sends and reads bodies with the behaviours above, over a stub
/// <see cref="HttpMessageHandler"/>.
/// </summary>
public class ClientWireTests
{
    [Test]
    public async Task Create_run_sends_only_the_fields_set()
    {
        using var handler = new StubHandler(HttpStatusCode.OK, Fixture.Load("run_unknown_status.json"));
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        var run = await client.CreateRunAsync("thread_abc123", new CreateRunRequest { AssistantId = "asst_1" });

        var request = handler.Requests.Count == 1 ? handler.Requests[0] : throw new AssertionException($"Expected one request, got {handler.Requests.Count}.");
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.Uri, Is.EqualTo(new Uri("https://api.openai.com/v1/threads/thread_abc123/runs")));
        Assert.That(request.Body, Is.EqualTo("""{"assistant_id":"asst_1"}"""));
        Assert.That(run.Status.Value, Is.EqualTo("incomplete"));
        Assert.That(run.Status.IsKnown, Is.False);
    }

    [Test]
    public async Task Create_thread_without_a_request_sends_an_empty_object()
    {
        // The official SDKs (openai-python, openai-node) send {} when createThread gets no parameters.
        using var handler = new StubHandler(HttpStatusCode.OK, Fixture.Load("thread.json"));
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        await client.CreateThreadAsync();

        var request = handler.Requests.Count == 1 ? handler.Requests[0] : throw new AssertionException($"Expected one request, got {handler.Requests.Count}.");
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.Uri, Is.EqualTo(new Uri("https://api.openai.com/v1/threads")));
        Assert.That(request.Body, Is.EqualTo("{}"));
        Assert.That(request.ContentType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task Create_thread_with_an_empty_request_sends_an_empty_object()
    {
        using var handler = new StubHandler(HttpStatusCode.OK, Fixture.Load("thread.json"));
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        await client.CreateThreadAsync(new CreateThreadRequest());

        Assert.That(handler.Requests[0].Body, Is.EqualTo("{}"));
    }

    [Test]
    public async Task List_messages_sends_the_order_as_its_wire_value()
    {
        using var handler = new StubHandler(HttpStatusCode.OK, Fixture.Load("list_messages.json"));
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        var page = await client.ListMessagesAsync("thread_abc123", limit: 2, order: ListOrder.Asc);

        var query = handler.Requests[0].Uri.Query;
        Assert.That(query, Does.Contain("order=asc"));
        Assert.That(query, Does.Contain("limit=2"));
        Assert.That(page.Data, Has.Count.EqualTo(2));
        Assert.That(page.HasMore, Is.True);
    }

    [Test]
    public async Task Client_keeps_date_like_text_of_a_response()
    {
        // Typed string properties are read as strings anyway; untyped values (extension data, function
        // parameters) are where a date-parsing reader would turn text into DateTime.
        var json = """
            {"id":"thread_1","object":"thread","created_at":1,"metadata":{"due":"2024-04-15T10:00:00Z"},
             "expires_at_iso":"2024-04-15T10:00:00.5+02:00"}
            """;
        using var handler = new StubHandler(HttpStatusCode.OK, json);
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        var thread = await client.GetThreadAsync("thread_1");

        Assert.That(thread.Metadata!["due"], Is.EqualTo("2024-04-15T10:00:00Z"));
        Assert.That(thread.AdditionalProperties["expires_at_iso"], Is.EqualTo("2024-04-15T10:00:00.5+02:00"));
    }

    [Test]
    public async Task Client_keeps_date_like_text_inside_untyped_values_read_from_the_stream()
    {
        var json = """
            {"id":"asst_1","object":"assistant","created_at":1,"model":"gpt-4-turbo","tools":[
              {"type":"function","function":{"name":"events","parameters":{"type":"object","properties":{"since":{"type":"string","default":"2024-04-15T10:00:00Z"}}}}}],
             "file_ids":[],"metadata":{}}
            """;
        using var handler = new StubHandler(HttpStatusCode.OK, json);
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        var assistant = await client.GetAssistantAsync("asst_1");

        var parameters = Json.Token(((FunctionTool)assistant.Tools[0]).Function.Parameters);
        var since = parameters["properties"]!["since"]!["default"]!;
        Assert.That(since.Type, Is.EqualTo(Newtonsoft.Json.Linq.JTokenType.String));
        Assert.That((string?)since, Is.EqualTo("2024-04-15T10:00:00Z"));
    }

    [Test]
    public void Error_response_raises_an_api_exception_with_the_error()
    {
        using var handler = new StubHandler(HttpStatusCode.BadRequest, Fixture.Load("error.json"));
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });

        var exception = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() => client.ListAssistantsAsync(limit: 500));

        Assert.That(exception!.StatusCode, Is.EqualTo(400));
        Assert.That(exception.Result.Error.Param, Is.EqualTo("limit"));
        Assert.That(exception.Result.Error.Code, Is.EqualTo("integer_above_max_value"));
        Assert.That(exception.Result.Error.Type, Is.EqualTo("invalid_request_error"));
    }

    [Test]
    public void Cancellation_token_reaches_the_http_call()
    {
        using var handler = new StubHandler(HttpStatusCode.OK, Fixture.Load("thread.json"));
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test" });
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => client.GetThreadAsync("thread_abc123", cts.Token));
        Assert.That(handler.Requests, Is.Empty);
    }

    private sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? ContentType, CancellationToken CancellationToken);

    private sealed class StubHandler : HttpMessageHandler
    {
        private readonly HttpStatusCode _status;
        private readonly string _body;

        public StubHandler(HttpStatusCode status, string body)
        {
            _status = status;
            _body = body;
        }

        public List<RecordedRequest> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // As a real handler does: a cancelled token stops the call.
            cancellationToken.ThrowIfCancellationRequested();
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, body, request.Content?.Headers.ContentType?.MediaType, cancellationToken));
            return new HttpResponseMessage(_status) { Content = new StringContent(_body, Encoding.UTF8, "application/json"), RequestMessage = request };
        }
    }
}
