using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests.DependencyInjection;

/// <summary>
/// Plain <c>services.AddHttpClient&lt;AssistantsClient&gt;()</c>, without <c>AddAssistantsClient</c>: the factory creates the
/// client with ActivatorUtilities, which must find exactly one constructor taking an HttpClient.
/// </summary>
[NonParallelizable] // sets OPENAI_API_KEY / OPENAI_BASE_URL
public class TypedHttpClientTests
{
    [Test]
    public async Task A_typed_client_uses_the_AssistantsClientOptions_registered_as_a_service()
    {
        using var environment = new OpenAIEnvironment(apiKey: null, baseUrl: null);
        var stub = new StubApi();
        var services = new ServiceCollection();
        services.AddSingleton(new AssistantsClientOptions { ApiKey = "sk-registered", BaseUrl = new Uri("http://proxy.local/v1") });
        services.AddHttpClient<AssistantsClient>().ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<AssistantsClient>().GetThreadAsync("thread_abc123");

        var request = stub.Requests.Single();
        Assert.That(request.Uri, Is.EqualTo(new Uri("http://proxy.local/v1/threads/thread_abc123")));
        Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer sk-registered"));
        Assert.That(request.Headers["OpenAI-Beta"], Is.EqualTo("assistants=v1"));
    }

    [Test]
    public async Task A_typed_client_without_options_reads_the_environment()
    {
        using var environment = new OpenAIEnvironment(apiKey: "sk-from-env", baseUrl: "http://compatible.local/v1");
        var stub = new StubApi();
        var services = new ServiceCollection();
        services.AddHttpClient<IAssistantsClient, AssistantsClient>().ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAssistantsClient>().GetThreadAsync("thread_abc123");

        var request = stub.Requests.Single();
        Assert.That(request.Uri, Is.EqualTo(new Uri("http://compatible.local/v1/threads/thread_abc123")));
        Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer sk-from-env"));
    }

    // What typed clients do. A constructor added later that also takes an HttpClient would make this fail with
    // "Multiple constructors accepting all given argument types"; [ActivatorUtilitiesConstructor] on the
    // (HttpClient, options) one would then settle it.
    [Test]
    public void ActivatorUtilities_picks_the_HttpClient_constructor()
    {
        using var environment = new OpenAIEnvironment(apiKey: "sk-from-env", baseUrl: null);
        using var provider = new ServiceCollection().BuildServiceProvider();
        using var http = new HttpClient(new StubApi());

        var create = ActivatorUtilities.CreateFactory(typeof(AssistantsClient), new[] { typeof(HttpClient) });
        var client = (AssistantsClient)create(provider, new object[] { http });

        Assert.That(client.BaseUrl, Is.EqualTo("https://api.openai.com/v1/"));
    }
}
