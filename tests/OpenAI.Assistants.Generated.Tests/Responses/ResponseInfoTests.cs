using System;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>The response details (request id, rate limits, headers) a successful call's result carries.</summary>
public class ResponseInfoTests
{
    private const string RunJson = """{"id":"run_1","object":"thread.run","created_at":1,"thread_id":"thread_1","assistant_id":"asst_1","status":"completed","tools":[],"file_ids":[],"metadata":{}}""";

    [Test]
    public async Task A_result_carries_the_request_id_processing_time_and_parsed_rate_limits()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(200, RunJson,
            ("x-request-id", "req_123"),
            ("openai-processing-ms", "87"),
            ("x-ratelimit-limit-requests", "5000"),
            ("x-ratelimit-remaining-requests", "4999"),
            ("x-ratelimit-reset-requests", "12ms"),
            ("x-ratelimit-limit-tokens", "800000"),
            ("x-ratelimit-remaining-tokens", "799532"),
            ("x-ratelimit-reset-tokens", "1m2.5s")));
        var client = new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = "sk-test" });

        var run = await client.GetRunAsync("thread_1", "run_1");

        var info = ResponseInfo.Of(run)!;
        Assert.Multiple(() =>
        {
            Assert.That(info.StatusCode, Is.EqualTo(200));
            Assert.That(info.RequestId, Is.EqualTo("req_123"));
            Assert.That(info.ProcessingTime, Is.EqualTo(TimeSpan.FromMilliseconds(87)));
            Assert.That(info.RateLimits.RequestLimit, Is.EqualTo(5000));
            Assert.That(info.RateLimits.RemainingRequests, Is.EqualTo(4999));
            Assert.That(info.RateLimits.RequestsReset, Is.EqualTo(TimeSpan.FromMilliseconds(12)));
            Assert.That(info.RateLimits.TokenLimit, Is.EqualTo(800000));
            Assert.That(info.RateLimits.RemainingTokens, Is.EqualTo(799532));
            Assert.That(info.RateLimits.TokensReset, Is.EqualTo(TimeSpan.FromSeconds(62.5)));
            Assert.That(info.Header("X-REQUEST-ID"), Is.EqualTo("req_123"));
            Assert.That(info.Headers["x-ratelimit-limit-requests"], Is.EqualTo(new[] { "5000" }));
            Assert.That(info.Header("Content-Type"), Does.StartWith("application/json"));
        });
    }

    [Test]
    public async Task Each_result_keeps_the_details_of_its_own_response()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(200, RunJson, ("x-request-id", "req_first")), ScriptedHandler.Json(200, RunJson, ("x-request-id", "req_second")));
        var client = new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = "sk-test" });

        var first = await client.GetRunAsync("thread_1", "run_1");
        var second = await client.GetRunAsync("thread_1", "run_1");

        Assert.That(ResponseInfo.Of(first)!.RequestId, Is.EqualTo("req_first"));
        Assert.That(ResponseInfo.Of(second)!.RequestId, Is.EqualTo("req_second"));
    }

    [Test]
    public async Task A_page_of_a_listing_carries_its_response_too()
    {
        var page = """{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""";
        var network = new ScriptedHandler(ScriptedHandler.Json(200, page, ("x-request-id", "req_page"), ("x-ratelimit-remaining-requests", "7")));
        var client = new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = "sk-test" });

        var list = await client.ListRunsAsync("thread_1");

        Assert.That(ResponseInfo.Of(list)!.RequestId, Is.EqualTo("req_page"));
        Assert.That(ResponseInfo.Of(list)!.RateLimits.RemainingRequests, Is.EqualTo(7));
    }

    [Test]
    public async Task Each_page_of_a_listing_says_which_response_it_came_in()
    {
        var first = "{\"object\":\"list\",\"data\":[" + RunJson + "],\"first_id\":\"run_1\",\"last_id\":\"run_1\",\"has_more\":true}";
        var last = "{\"object\":\"list\",\"data\":[" + RunJson.Replace("run_1", "run_2") + "],\"first_id\":\"run_2\",\"last_id\":\"run_2\",\"has_more\":false}";
        var network = new ScriptedHandler(ScriptedHandler.Json(200, first, ("x-request-id", "req_p1")), ScriptedHandler.Json(200, last, ("x-request-id", "req_p2")));
        var client = new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = "sk-test" });

        var ids = new System.Collections.Generic.List<string?>();
        await foreach (var page in client.GetRunsAsync("thread_1").AsPages())
        {
            ids.Add(page.Response?.RequestId);
        }

        Assert.That(ids, Is.EqualTo(new[] { "req_p1", "req_p2" }));
    }

    [Test]
    public void An_object_built_in_code_has_no_response()
    {
        Assert.That(ResponseInfo.Of(new ThreadRun()), Is.Null);
        Assert.That(() => ResponseInfo.Of(null!), Throws.ArgumentNullException);
    }

    [Test]
    public async Task Missing_or_unreadable_rate_limit_headers_are_null()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(200, RunJson, ("x-ratelimit-remaining-requests", "many"), ("x-ratelimit-reset-tokens", "soon")));
        var client = new AssistantsClient(new HttpClient(network), new AssistantsClientOptions { ApiKey = "sk-test" });

        var info = ResponseInfo.Of(await client.GetRunAsync("thread_1", "run_1"))!;

        Assert.That(info.RequestId, Is.Null);
        Assert.That(info.ProcessingTime, Is.Null);
        Assert.That(info.RateLimits.RemainingRequests, Is.Null);
        Assert.That(info.RateLimits.TokensReset, Is.Null);
        Assert.That(info.RateLimits.RequestLimit, Is.Null);
    }

    [TestCase("1s", 1000)]
    [TestCase("6m0s", 360000)]
    [TestCase("20ms", 20)]
    [TestCase("1h2m3.5s", 3723500)]
    [TestCase("0.5", 500)]
    [TestCase("250us", 0.25)]
    public void Rate_limit_resets_read_the_APIs_duration_text(string text, double milliseconds)
    {
        Assert.That(RateLimits.Duration(text), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [TestCase("")]
    [TestCase("1x")]
    [TestCase("s")]
    [TestCase("-1")]
    public void Unreadable_durations_are_null(string text)
    {
        Assert.That(RateLimits.Duration(text), Is.Null);
    }
}
