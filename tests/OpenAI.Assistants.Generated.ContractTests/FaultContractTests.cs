using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Newtonsoft.Json;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// Faults served from mapping files (WireMock.Net's <c>Response.Fault</c> and <c>Response.Delay</c>, Mappings/Faults/)
/// and what today's client makes of them. WireMock.Net's faults keep the HTTP exchange well-formed: EMPTY_RESPONSE
/// sends the status and headers and no body; MALFORMED_RESPONSE_CHUNK sends them with the first half of the body's
/// distinct bytes and random bytes after it.
/// </summary>
[TestFixture]
public sealed class FaultContractTests : ContractTestBase
{
    private const string ThreadId = "thread_abc123";
    private const string RunId = "run_abc123";
    private const string RunPath = "/v1/threads/thread_abc123/runs/run_abc123";

    [Test]
    public void GetRun_EmptyResponseFault_ThrowsAfterExactlyOneRequest()
    {
        Given("Faults/GetRunEmptyResponse.json");

        var ex = Assert.ThrowsAsync<AssistantsApiException>(() => Client.GetRunAsync(ThreadId, RunId))!;

        Assert.Multiple(() =>
        {
            Assert.That(ex.StatusCode, Is.EqualTo(200));
            Assert.That(ex.Response, Is.Empty);
            Assert.That(ex.RequestId, Is.EqualTo("req_fault_empty"), "the headers arrived");
        });
        AssertSingleRequest("GET", RunPath);
    }

    [Test]
    public async Task GetRun_MalformedResponseChunkFault_ThrowsWithTheUnreadableBody()
    {
        Given("Faults/GetRunMalformedResponseChunk.json");
        var wholeBody = await File.ReadAllTextAsync(Path.Combine(RepoPaths.FixturesDirectory, "run_completed.json"));

        var ex = Assert.ThrowsAsync<AssistantsApiException>(() => Client.GetRunAsync(ThreadId, RunId))!;

        Assert.Multiple(() =>
        {
            Assert.That(ex.StatusCode, Is.EqualTo(200));
            Assert.That(ex.InnerException, Is.InstanceOf<JsonException>(), "the body could not be read as a run");
            Assert.That(ex.Response, Is.Not.Empty.And.Not.EqualTo(wholeBody));
            Assert.That(ex.RequestId, Is.EqualTo("req_fault_malformed"));
        });
        AssertSingleRequest("GET", RunPath);
    }

    [Test]
    public async Task GetRun_ResponseDelayedBeyondTheRequestTimeout_ThrowsAssistantsTimeoutException()
    {
        Given("Faults/GetRunDelayed.json"); // answers after 1 s
        using var client = new AssistantsClient(new AssistantsClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = new Uri(Server.BaseUrl + "/v1"),
            RequestTimeout = TimeSpan.FromMilliseconds(200),
            MaxRetries = 0,
        });

        var ex = Assert.ThrowsAsync<AssistantsTimeoutException>(() => client.GetRunAsync(ThreadId, RunId))!;

        Assert.That(ex.Message, Does.Contain(RunPath).And.Contain("00:00:00.2"));
        // WireMock.Net logs a request once it has answered it: wait for the delayed answer, so that the request is
        // counted here and not in the next test's log.
        await WaitForLogEntriesAsync(1);
        AssertSingleRequest("GET", RunPath);
    }

    private static async Task WaitForLogEntriesAsync(int count)
    {
        var watch = Stopwatch.StartNew();
        while (Server.LogEntries.Count < count && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.That(Server.LogEntries, Has.Count.GreaterThanOrEqualTo(count), "WireMock.Net logged the request within 10 s");
    }
}
