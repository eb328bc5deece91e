using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests.DependencyInjection;

/// <summary><c>services.AddAssistantsClient(...)</c>: options, the factory's HttpClient, the app's logging.</summary>
[NonParallelizable] // one test clears OPENAI_API_KEY / OPENAI_BASE_URL
public class AddAssistantsClientTests
{
    private const string Key = "sk-di-0123456789";
    private static readonly Uri ProxyUrl = new("http://proxy.local/openai/v1");

    [Test]
    public async Task Requests_go_to_the_configured_base_url_with_the_key_and_beta_header()
    {
        var stub = new StubApi();
        var services = new ServiceCollection();
        services.AddAssistantsClient(options =>
        {
            options.ApiKey = Key;
            options.BaseUrl = ProxyUrl;
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var thread = await provider.GetRequiredService<IAssistantsClient>().GetThreadAsync("thread_abc123");

        var request = stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(thread.Id, Is.EqualTo("thread_abc123"));
            Assert.That(request.Uri, Is.EqualTo(new Uri("http://proxy.local/openai/v1/threads/thread_abc123")));
            Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer " + Key));
            Assert.That(request.Headers["OpenAI-Beta"], Is.EqualTo("assistants=v1"));
        });
    }

    [Test]
    public async Task A_503_then_200_is_retried_through_the_factory_client()
    {
        var stub = new StubApi().ThenAnswer(HttpStatusCode.ServiceUnavailable, ("retry-after-ms", "1"));
        var services = new ServiceCollection();
        services.AddAssistantsClient(options =>
        {
            options.ApiKey = Key;
            options.BaseUrl = ProxyUrl;
            options.MaxRetries = 1;
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var thread = await provider.GetRequiredService<AssistantsClient>().GetThreadAsync("thread_abc123");

        Assert.That(thread.Id, Is.EqualTo("thread_abc123"));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
        Assert.That(stub.Requests.Select(r => r.Headers["Authorization"]), Is.All.EqualTo("Bearer " + Key));
    }

    [Test]
    public async Task Logs_reach_the_application_logger_factory()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddAssistantsClient(options =>
        {
            options.ApiKey = Key;
            options.BaseUrl = ProxyUrl;
        }).ConfigurePrimaryHttpMessageHandler(() => new StubApi());
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAssistantsClient>().GetThreadAsync("thread_abc123");

        var line = logs.Logs.Single(l => l.Category == AssistantsTelemetry.LoggerCategory);
        Assert.That(line.Level, Is.EqualTo(LogLevel.Information));
        Assert.That(line.Message, Does.Contain("GET /openai/v1/threads/thread_abc123 answered 200").And.Not.Contain(Key));
    }

    [Test]
    public async Task A_logger_factory_set_in_the_options_is_kept()
    {
        var appLogs = new CapturingLoggerProvider();
        var ownLogs = new CapturingLoggerProvider();
        using var ownFactory = LoggerFactory.Create(logging => logging.AddProvider(ownLogs));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(appLogs));
        services.AddAssistantsClient(options =>
        {
            options.ApiKey = Key;
            options.LoggerFactory = ownFactory;
        }).ConfigurePrimaryHttpMessageHandler(() => new StubApi());
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAssistantsClient>().GetThreadAsync("thread_abc123");

        Assert.That(ownLogs.Logs.Count(l => l.Category == AssistantsTelemetry.LoggerCategory), Is.EqualTo(1));
        Assert.That(appLogs.Logs.Where(l => l.Category == AssistantsTelemetry.LoggerCategory), Is.Empty);
        Assert.That(provider.GetRequiredService<IOptions<AssistantsClientOptions>>().Value.LoggerFactory, Is.SameAs(ownFactory));
    }

    [Test]
    public async Task Options_bind_from_the_OpenAI_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = Key,
            ["OpenAI:BaseUrl"] = "http://proxy.local/openai/v1",
            ["OpenAI:Organization"] = "org-1",
            ["OpenAI:MaxRetries"] = "5",
            ["OpenAI:RequestTimeout"] = "00:00:30",
        }).Build();
        var stub = new StubApi();
        var services = new ServiceCollection();
        services.AddAssistantsClient(configuration.GetSection("OpenAI")).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AssistantsClientOptions>>().Value;
        var client = provider.GetRequiredService<AssistantsClient>();
        await client.GetThreadAsync("thread_abc123");

        Assert.Multiple(() =>
        {
            Assert.That(options.ApiKey, Is.EqualTo(Key));
            Assert.That(options.BaseUrl, Is.EqualTo(ProxyUrl));
            Assert.That(options.MaxRetries, Is.EqualTo(5));
            Assert.That(options.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(client.Pipeline.MaxRetries, Is.EqualTo(5));
            Assert.That(stub.Requests.Single().Uri, Is.EqualTo(new Uri("http://proxy.local/openai/v1/threads/thread_abc123")));
            Assert.That(stub.Requests.Single().Headers["OpenAI-Organization"], Is.EqualTo("org-1"));
        });
    }

    [Test]
    public async Task A_configuration_reload_reaches_the_clients_resolved_after_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OpenAI:ApiKey"] = "sk-old" }).Build();
        var stub = new StubApi();
        var services = new ServiceCollection();
        services.AddAssistantsClient(configuration.GetSection("OpenAI")).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IAssistantsClient>().GetThreadAsync("thread_abc123");

        configuration["OpenAI:ApiKey"] = "sk-rotated";
        configuration.Reload();
        await provider.GetRequiredService<IAssistantsClient>().GetThreadAsync("thread_abc123");

        Assert.That(stub.Requests.Select(r => r.Headers["Authorization"]), Is.EqualTo(new[] { "Bearer sk-old", "Bearer sk-rotated" }));
    }

    [Test]
    public void AssistantsClient_and_IAssistantsClient_resolve_as_transient_services()
    {
        var services = new ServiceCollection();
        services.AddAssistantsClient(options => options.ApiKey = Key);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<AssistantsClient>();
        var viaInterface = provider.GetRequiredService<IAssistantsClient>();

        Assert.That(viaInterface, Is.InstanceOf<AssistantsClient>());
        Assert.That(viaInterface, Is.Not.SameAs(client));
        Assert.That(provider.GetRequiredService<AssistantsClient>(), Is.Not.SameAs(client));
    }

    [Test]
    public void The_factory_client_has_no_timeout_of_its_own()
    {
        var services = new ServiceCollection();
        var builder = services.AddAssistantsClient(options => options.ApiKey = Key);
        using var provider = services.BuildServiceProvider();

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(builder.Name);

        Assert.That(http.Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
    }

    [Test]
    public void Without_an_api_key_anywhere_the_first_resolve_fails_naming_ApiKey_and_OPENAI_API_KEY()
    {
        using var environment = new OpenAIEnvironment(apiKey: null, baseUrl: null);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OpenAI:MaxRetries"] = "1" }).Build();
        var services = new ServiceCollection();
        services.AddAssistantsClient(configuration.GetSection("OpenAI"));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IAssistantsClient>());

        Assert.That(ex!.Message, Does.Contain("ApiKey").And.Contain("OPENAI_API_KEY"));
    }

    [Test]
    public void Null_arguments_are_rejected()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        Assert.Multiple(() =>
        {
            Assert.That(() => AssistantsServiceCollectionExtensions.AddAssistantsClient(null!, configuration), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("services"));
            Assert.That(() => AssistantsServiceCollectionExtensions.AddAssistantsClient(null!, _ => { }), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("services"));
            Assert.That(() => services.AddAssistantsClient((IConfiguration)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("configuration"));
            Assert.That(() => services.AddAssistantsClient((Action<AssistantsClientOptions>)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("configure"));
        });
        Assert.That(services, Is.Empty);
    }
}
