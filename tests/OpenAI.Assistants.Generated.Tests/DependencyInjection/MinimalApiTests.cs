using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests.DependencyInjection;

/// <summary>The README's dependency injection recipe, in an ASP.NET Core minimal API served in memory.</summary>
public class MinimalApiTests
{
    // The README's appsettings.json.
    private const string AppSettings = """
        {
          "OpenAI": {
            "ApiKey": "sk-your-api-key",
            "BaseUrl": "https://api.openai.com/v1",
            "MaxRetries": 3,
            "RequestTimeout": "00:00:30"
          }
        }
        """;

    [Test]
    public async Task An_endpoint_gets_IAssistantsClient_from_AddAssistantsClient()
    {
        var stub = new StubApi();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(AppSettings)));

        // The README's Program.cs, with the network stubbed.
        builder.Services.AddAssistantsClient(builder.Configuration.GetSection("OpenAI"))
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var app = builder.Build();
        app.MapGet("/threads/{id}", async (string id, IAssistantsClient client) => (await client.GetThreadAsync(id)).Id);
        await app.StartAsync();

        var reply = await app.GetTestClient().GetStringAsync("/threads/thread_abc123");

        var request = stub.Requests.Single();
        Assert.That(reply, Is.EqualTo("thread_abc123"));
        Assert.That(request.Uri, Is.EqualTo(new Uri("https://api.openai.com/v1/threads/thread_abc123")));
        Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer sk-your-api-key"));
        Assert.That(request.Headers["OpenAI-Beta"], Is.EqualTo("assistants=v1"));
    }
}
