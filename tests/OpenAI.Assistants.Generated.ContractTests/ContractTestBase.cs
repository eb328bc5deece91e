using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// Base of the contract tests: a clean WireMock (no mappings, empty journal) and a fresh client per test, plus the
/// journal assertions every test ends with.
/// </summary>
public abstract class ContractTestBase
{
    protected const string ApiKey = "sk-test-123";

    protected static WireMockServer Server => WireMockSetup.Server;

    protected AssistantsClient Client { get; private set; } = null!;

    [SetUp]
    public async Task ResetServerAndCreateClient()
    {
        await Server.ResetAsync();
        Client = new AssistantsClient(new AssistantsClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = new Uri(Server.BaseUrl + "/v1"),
            Organization = "org-test",
            Project = "proj-test",
        });
    }

    [TearDown]
    public void DisposeClient() => Client?.Dispose();

    /// <summary>Adds the mapping file <c>Mappings/&lt;relativePath&gt;</c>.</summary>
    protected static Task Given(string relativePath) => Server.AddMappingFileAsync(relativePath);

    /// <summary>
    /// Calls the client; when WireMock answers its "no mapping matched" 404, fails with the near-miss report (which
    /// header, query parameter or body field differed) instead of the bare exception.
    /// </summary>
    protected static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AssistantsApiException ex) when (ex.StatusCode == 404)
        {
            var unmatched = await Server.GetUnmatchedAsync();
            if (unmatched.Count == 0)
            {
                throw;
            }

            var nearMisses = await Server.GetNearMissesAsync();
            Assert.Fail($"WireMock matched no mapping (HTTP 404).\nResponse:\n{ex.Response}\nNear misses:\n{nearMisses}");
            throw; // unreachable
        }
    }

    /// <summary>
    /// Asserts that WireMock received exactly one request, that it was <paramref name="method"/> <paramref name="urlPath"/>,
    /// and that no request went unmatched (the unmatched list is in the failure message).
    /// </summary>
    protected static Task AssertSingleRequestAsync(string method, string urlPath) => AssertRequestCountAsync(method, urlPath, 1);

    /// <summary>
    /// Asserts that WireMock received exactly <paramref name="expectedCount"/> requests, all of them
    /// <paramref name="method"/> <paramref name="urlPath"/>, and that no request went unmatched.
    /// </summary>
    protected static async Task AssertRequestCountAsync(string method, string urlPath, int expectedCount)
    {
        var unmatched = await Server.GetUnmatchedAsync();
        Assert.That(unmatched, Is.Empty, () => $"Unmatched requests:\n{unmatched}\nNear misses:\n{Server.GetNearMissesAsync().GetAwaiter().GetResult()}");

        var requests = await Server.GetRequestsAsync();
        Assert.That(requests, Has.Count.EqualTo(expectedCount), () => "Journal:\n" + WireMockServer.Summarize(requests));

        await Server.VerifyAsync(method, urlPath, expectedCount);
    }

    /// <summary>The names of the mappings that answered the requests, oldest request first (<c>(unmatched)</c> for none).</summary>
    protected static async Task<List<string>> AnsweringMappingsAsync()
    {
        var requests = await Server.GetRequestsAsync();
        return requests.Reverse().Select(entry => entry["stubMapping"]?.Value<string>("name") ?? "(unmatched)").ToList();
    }
}
