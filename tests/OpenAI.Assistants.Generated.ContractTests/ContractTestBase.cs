using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// Base of the contract tests: a clean WireMock.Net server (no mappings, empty log, scenarios at their start) and a
/// fresh client per test, plus the log assertions every test ends with.
/// </summary>
public abstract class ContractTestBase
{
    protected const string ApiKey = "sk-test-123";

    protected static MockApiServer Server => WireMockSetup.Server;

    protected AssistantsClient Client { get; private set; } = null!;

    [SetUp]
    public void ResetServerAndCreateClient()
    {
        Server.Reset();
        Client = new AssistantsClient(new AssistantsClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = new Uri(Server.BaseUrl + "/v1"),
            Organization = "org-test",
            Project = "proj-test",
            // Each contract test checks one exchange per call; retries have their own tests (ResilienceContractTests).
            MaxRetries = 0,
        });
    }

    [TearDown]
    public void DisposeClient() => Client?.Dispose();

    /// <summary>Adds the mapping file <c>Mappings/&lt;relativePath&gt;</c>.</summary>
    protected static void Given(string relativePath) => Server.AddMappingFile(relativePath);

    /// <summary>
    /// Calls the client; when WireMock.Net answers its "no mapping matched" 404, fails with the near-miss report (which
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
            if (Server.UnmatchedEntries.Count == 0)
            {
                throw;
            }

            Assert.Fail($"WireMock.Net matched no mapping (HTTP 404).\nResponse:\n{ex.Response}\nNear misses:\n{Server.NearMisses()}");
            throw; // unreachable
        }
    }

    /// <summary>
    /// Asserts that WireMock.Net received exactly one request, that it was <paramref name="method"/> <paramref name="urlPath"/>,
    /// and that no request went unmatched (the near-miss report is in the failure message).
    /// </summary>
    protected static void AssertSingleRequest(string method, string urlPath) => AssertRequestCount(method, urlPath, 1);

    /// <summary>
    /// Asserts that WireMock.Net received exactly <paramref name="expectedCount"/> requests, all of them
    /// <paramref name="method"/> <paramref name="urlPath"/>, and that no request went unmatched.
    /// </summary>
    protected static void AssertRequestCount(string method, string urlPath, int expectedCount)
    {
        var unmatched = Server.UnmatchedEntries;
        Assert.That(unmatched, Is.Empty, () => $"Unmatched requests:\n{MockApiServer.Summarize(unmatched)}\nNear misses:\n{Server.NearMisses()}");

        var requests = Server.LogEntries;
        Assert.That(requests, Has.Count.EqualTo(expectedCount), () => "Log:\n" + MockApiServer.Summarize(requests));

        Server.Verify(method, urlPath, expectedCount);
    }

    /// <summary>The titles of the mappings that answered the requests, oldest request first (<c>(unmatched)</c> for none).</summary>
    protected static List<string> AnsweringMappings() =>
        Server.LogEntries.Select(entry => entry.MappingGuid is null ? "(unmatched)" : entry.MappingTitle ?? "(untitled)").ToList();
}
