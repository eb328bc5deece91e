using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>Client construction, headers, environment fallbacks, timeouts and path-id validation.</summary>
[NonParallelizable] // changes OPENAI_API_KEY / OPENAI_BASE_URL for the duration of a test
public class ConfigurationTests
{
    private const string Key = "sk-secret-0123456789";
    private const string ThreadJson = """{"id":"thread_1","object":"thread","created_at":1,"metadata":{}}""";

    private string? _savedKey;
    private string? _savedBaseUrl;

    [SetUp]
    public void ClearEnvironment()
    {
        _savedKey = Environment.GetEnvironmentVariable(AssistantsClientOptions.ApiKeyEnvironmentVariable);
        _savedBaseUrl = Environment.GetEnvironmentVariable(AssistantsClientOptions.BaseUrlEnvironmentVariable);
        Environment.SetEnvironmentVariable(AssistantsClientOptions.ApiKeyEnvironmentVariable, null);
        Environment.SetEnvironmentVariable(AssistantsClientOptions.BaseUrlEnvironmentVariable, null);
    }

    [TearDown]
    public void RestoreEnvironment()
    {
        Environment.SetEnvironmentVariable(AssistantsClientOptions.ApiKeyEnvironmentVariable, _savedKey);
        Environment.SetEnvironmentVariable(AssistantsClientOptions.BaseUrlEnvironmentVariable, _savedBaseUrl);
    }

    [Test]
    public void Missing_api_key_fails_at_construction_naming_the_setting_and_variable()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new AssistantsClient(new AssistantsClientOptions()));
        Assert.That(ex!.Message, Does.Contain("ApiKey").And.Contain("OPENAI_API_KEY"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Blank_api_key_is_an_argument_error(string? apiKey)
    {
        var ex = Assert.Throws<ArgumentException>(() => new AssistantsClient(apiKey!));
        Assert.That(ex!.ParamName, Is.EqualTo("apiKey"));
    }

    [Test]
    public void Options_text_never_shows_the_api_key()
    {
        var options = new AssistantsClientOptions { ApiKey = Key, Organization = "org-1" };

        Assert.That(options.ToString(), Does.Not.Contain(Key).And.Contain("org-1").And.Contain("***"));
    }

    [Test]
    public async Task Every_request_carries_auth_beta_organization_project_and_user_agent()
    {
        var handler = new RecordingHandler(ThreadJson);
        using var client = CreateClientWithHandler(handler, new AssistantsClientOptions { ApiKey = Key, Organization = "org-1", Project = "proj-1", UserAgentSuffix = "my-app/2.0" });

        await client.GetThreadAsync("thread_1");

        var headers = handler.Requests.Single().Headers;
        Assert.Multiple(() =>
        {
            Assert.That(headers["Authorization"], Is.EqualTo("Bearer " + Key));
            Assert.That(headers["OpenAI-Beta"], Is.EqualTo("assistants=v1"));
            Assert.That(headers["OpenAI-Organization"], Is.EqualTo("org-1"));
            Assert.That(headers["OpenAI-Project"], Is.EqualTo("proj-1"));
            Assert.That(headers["User-Agent"], Does.StartWith("OpenAI.Assistants.Generated/").And.EndWith(" my-app/2.0"));
        });
    }

    [Test]
    public async Task A_caller_HttpClient_gets_the_same_headers_and_the_configured_base_url()
    {
        var handler = new RecordingHandler(ThreadJson);
        using var http = new HttpClient(handler);
        var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = Key, BetaHeader = "assistants=v2", BaseUrl = new Uri("http://proxy.local/openai/v1") });

        await client.GetThreadAsync("thread_1");

        var request = handler.Requests.Single();
        Assert.That(request.Uri, Is.EqualTo(new Uri("http://proxy.local/openai/v1/threads/thread_1")));
        Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer " + Key));
        Assert.That(request.Headers["OpenAI-Beta"], Is.EqualTo("assistants=v2"));
        Assert.That(request.Headers.ContainsKey("OpenAI-Organization"), Is.False);
    }

    [Test]
    public async Task Api_key_and_base_url_fall_back_to_the_environment()
    {
        Environment.SetEnvironmentVariable(AssistantsClientOptions.ApiKeyEnvironmentVariable, "sk-from-env");
        Environment.SetEnvironmentVariable(AssistantsClientOptions.BaseUrlEnvironmentVariable, "http://compatible.local/v1");
        var handler = new RecordingHandler(ThreadJson);
        using var client = CreateClient(handler, new AssistantsClientOptions());

        await client.GetThreadAsync("thread_1");

        var request = handler.Requests.Single();
        Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer sk-from-env"));
        Assert.That(request.Uri, Is.EqualTo(new Uri("http://compatible.local/v1/threads/thread_1")));
    }

    [Test]
    public void A_request_slower_than_the_timeout_fails_with_AssistantsTimeoutException()
    {
        var handler = new RecordingHandler(ThreadJson) { Hang = true };
        using var client = CreateClientWithHandler(handler, new AssistantsClientOptions { ApiKey = Key, RequestTimeout = TimeSpan.FromMilliseconds(50), MaxRetries = 0 });

        var ex = Assert.ThrowsAsync<AssistantsTimeoutException>(() => client.GetThreadAsync("thread_1"));
        Assert.That(ex!.Message, Does.Contain("/threads/thread_1").And.Not.Contain(Key));
        Assert.That(ex.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(50)));
        Assert.That(ex.IsTransient, Is.True);
    }

    [Test]
    public void Caller_cancellation_stays_a_cancellation()
    {
        var handler = new RecordingHandler(ThreadJson) { Hang = true };
        using var client = CreateClientWithHandler(handler, new AssistantsClientOptions { ApiKey = Key, RequestTimeout = TimeSpan.FromMinutes(5) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.That(async () => await client.GetThreadAsync("thread_1", cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase(".")]
    [TestCase("..")]
    public void Bad_path_ids_are_rejected_before_anything_is_sent(string threadId)
    {
        var handler = new RecordingHandler(ThreadJson);
        using var client = CreateClient(handler, new AssistantsClientOptions { ApiKey = Key });

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.GetRunAsync(threadId, "run_1"));

        Assert.That(ex!.ParamName, Is.EqualTo("threadId"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task Path_ids_are_escaped_into_one_segment()
    {
        var handler = new RecordingHandler(ThreadJson);
        using var client = CreateClient(handler, new AssistantsClientOptions { ApiKey = Key });

        await client.GetThreadAsync("../files?x=1");

        Assert.That(handler.Requests.Single().Uri.AbsolutePath, Is.EqualTo("/v1/threads/..%2Ffiles%3Fx%3D1"));
        Assert.That(handler.Requests.Single().Uri.Query, Is.Empty);
    }

    // The (HttpClient, options) constructor: the library resolves the key, base URL and headers itself.
    private static AssistantsClient CreateClient(HttpMessageHandler inner, AssistantsClientOptions options) =>
        new(new HttpClient(inner), options);

    // As the options constructor sends (an HttpClient without a timeout of its own), with a stub network.
    private static AssistantsClient CreateClientWithHandler(HttpMessageHandler inner, AssistantsClientOptions options) =>
        new(new HttpClient(inner) { Timeout = Timeout.InfiniteTimeSpan }, options);
}
