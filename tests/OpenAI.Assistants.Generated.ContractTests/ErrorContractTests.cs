using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>How API errors, gateway pages, unreadable bodies and unsafe path ids reach the caller.</summary>
[TestFixture]
public sealed class ErrorContractTests : ContractTestBase
{
    [Test]
    public void CreateAssistant_400InvalidRequest_ThrowsTypedErrorWithParam()
    {
        Given("Errors/BadRequest400.json");

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() =>
            Client.CreateAssistantAsync(new CreateAssistantRequest { Model = "gpt-5-mega" }))!;

        Assert.Multiple(() =>
        {
            AssertApiError(ex, 400, "invalid_request_error", "model_not_found", "model", "req_err400");
            Assert.That(ex.IsBadRequest, Is.True);
            Assert.That(ex.IsTransient, Is.False);
            Assert.That(ex.ErrorMessage, Is.EqualTo("'gpt-5-mega' is not a supported model."));
            Assert.That(ex.Result.Error.Param, Is.EqualTo("model"));
            Assert.That(ex.Response, Does.Contain("\"param\": \"model\""));
        });
        AssertSingleRequest("POST", "/v1/assistants");
    }

    [Test]
    public void GetThread_401InvalidApiKey_ThrowsUnauthorized()
    {
        Given("Errors/Unauthorized401.json");
        using var client = new AssistantsClient(new AssistantsClientOptions { ApiKey = "sk-wrong", BaseUrl = new Uri(Server.BaseUrl + "/v1") });

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() => client.GetThreadAsync("thread_abc123"))!;

        Assert.Multiple(() =>
        {
            AssertApiError(ex, 401, "invalid_request_error", "invalid_api_key", null, "req_err401");
            Assert.That(ex.IsUnauthorized, Is.True);
            Assert.That(ex.ErrorMessage, Does.StartWith("Incorrect API key provided: sk-wrong."));
            Assert.That(ex.Response, Does.Contain("invalid_api_key"));
        });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123");
    }

    [Test]
    public void GetAssistant_404_ThrowsNotFound()
    {
        Given("Errors/NotFound404.json");

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() => Client.GetAssistantAsync("asst_missing"))!;

        Assert.Multiple(() =>
        {
            AssertApiError(ex, 404, "invalid_request_error", null, null, "req_err404");
            Assert.That(ex.IsNotFound, Is.True);
            Assert.That(ex.ErrorMessage, Is.EqualTo("No assistant found with id 'asst_missing'."));
            Assert.That(ex.Response, Does.Contain("asst_missing"));
        });
        AssertSingleRequest("GET", "/v1/assistants/asst_missing");
    }

    [Test]
    public void CreateRun_429RateLimited_ThrowsTransientErrorWithRetryAfter()
    {
        Given("Errors/RateLimited429.json");

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() =>
            Client.CreateRunAsync("thread_abc123", new CreateRunRequest { AssistantId = "asst_abc123" }))!;

        Assert.Multiple(() =>
        {
            AssertApiError(ex, 429, "requests", "rate_limit_exceeded", null, "req_err429");
            Assert.That(ex.IsRateLimited, Is.True);
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(ex.ErrorMessage, Is.EqualTo("Rate limit reached for requests. Please try again in 20s."));
            Assert.That(ex.Header("Retry-After"), Is.EqualTo("20"));
            Assert.That(ex.Header("x-ratelimit-remaining-requests"), Is.EqualTo("0"));
            Assert.That(ex.Response, Does.Contain("rate_limit_exceeded"));
        });
        AssertSingleRequest("POST", "/v1/threads/thread_abc123/runs");
    }

    [Test]
    public void ListAssistants_500ServerError_ThrowsServerError()
    {
        Given("Errors/ServerError500.json");

        var ex = Assert.ThrowsAsync<AssistantsApiException<ApiErrorResponse>>(() => Client.ListAssistantsAsync())!;

        Assert.Multiple(() =>
        {
            AssertApiError(ex, 500, "server_error", null, null, "req_err500");
            Assert.That(ex.IsServerError, Is.True);
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(ex.ErrorMessage, Is.EqualTo("The server had an error while processing your request. Sorry about that!"));
            Assert.That(ex.Response, Does.Contain("server_error"));
        });
        AssertSingleRequest("GET", "/v1/assistants");
    }

    [Test]
    public void GetRun_502HtmlGatewayPage_ThrowsUntypedErrorWithRawHtml()
    {
        Given("Errors/BadGateway502.json");

        var ex = Assert.ThrowsAsync<AssistantsApiException>(() => Client.GetRunAsync("thread_abc123", "run_abc123"))!;

        Assert.Multiple(() =>
        {
            Assert.That(ex, Is.Not.InstanceOf<AssistantsApiException<ApiErrorResponse>>());
            Assert.That(ex.StatusCode, Is.EqualTo(502));
            Assert.That(ex.IsServerError, Is.True);
            Assert.That(ex.Response, Does.Contain("<title>502 Bad Gateway</title>"));
            Assert.That(ex.ErrorMessage, Is.Null);
            Assert.That(ex.ErrorType, Is.Null);
            Assert.That(ex.RequestId, Is.EqualTo("req_err502"));
        });
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/runs/run_abc123");
    }

    [Test]
    public async Task GetAssistant_200TruncatedJson_ThrowsWithRawBody()
    {
        Given("Errors/TruncatedBody200.json");

        var ex = Assert.ThrowsAsync<AssistantsApiException>(() => Client.GetAssistantAsync("asst_abc123"))!;

        Assert.Multiple(() =>
        {
            Assert.That(ex, Is.Not.InstanceOf<AssistantsApiException<ApiErrorResponse>>());
            Assert.That(ex.StatusCode, Is.EqualTo(200));
            Assert.That(ex.Response, Is.EqualTo("{\"id\": \"asst_abc123\", \"object\": \"assistant\", \"created_at\": 1713175200, \"name\": \"Weather and da"));
            Assert.That(ex.ErrorMessage, Is.Null);
            Assert.That(ex.RequestId, Is.EqualTo("req_trunc200"));
        });
        AssertSingleRequest("GET", "/v1/assistants/asst_abc123");
    }

    [TestCase("..")]
    [TestCase(".")]
    [TestCase("")]
    [TestCase("   ")]
    public void GetThread_DotSegmentOrBlankId_ThrowsArgumentExceptionBeforeSending(string threadId)
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(() => Client.GetThreadAsync(threadId))!;

        Assert.That(ex.ParamName, Is.EqualTo("threadId"));
        Assert.That(Server.LogEntries, Is.Empty, "No request may be sent for a rejected id.");
    }

    [Test]
    public void GetMessageFile_DotDotFileId_ThrowsArgumentExceptionNamingTheParameter()
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(() => Client.GetMessageFileAsync("thread_abc123", "msg_abc123", ".."))!;

        Assert.That(ex.ParamName, Is.EqualTo("fileId"));
        Assert.That(Server.LogEntries, Is.Empty, "No request may be sent for a rejected id.");
    }

    [Test]
    public async Task GetThread_IdWithSlashAndQuestionMark_IsEscapedIntoOnePathSegment()
    {
        Given("Errors/EscapedPathId.json");

        var thread = await Call(() => Client.GetThreadAsync("a/b?c"));

        Assert.That(thread.Id, Is.EqualTo("thread_abc123"));
        var requests = Server.LogEntries;
        Assert.That(requests, Has.Count.EqualTo(1));
        // The request-target as it came over the wire: WireMock.Net's logged Path is percent-decoded ("/v1/threads/a/b?c").
        Assert.That(Server.RequestTargets, Is.EqualTo(new[] { "/v1/threads/a%2Fb%3Fc" }), "The id must arrive as one escaped segment, with no query string.");
        Assert.That(requests[0].RequestMessage.Query, Is.Empty);
        AssertSingleRequest("GET", "/v1/threads/a%2Fb%3Fc");
    }

    // The fields every OpenAI-style error carries; each test adds what is specific to its status.
    private static void AssertApiError(AssistantsApiException ex, int status, string type, string? code, string? param, string requestId)
    {
        Assert.That(ex.StatusCode, Is.EqualTo(status));
        Assert.That(ex.ErrorType, Is.EqualTo(type));
        Assert.That(ex.ErrorCode, Is.EqualTo(code));
        Assert.That(ex.ErrorParam, Is.EqualTo(param));
        Assert.That(ex.RequestId, Is.EqualTo(requestId));
    }
}
