using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>Which failures are retried and how long the waits are (the rules every call and the polling loop share).</summary>
public class RetryRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 4, 15, 10, 0, 0, TimeSpan.Zero);

    [TestCase("250", null, 250)]
    [TestCase("1500.5", null, 1500.5)]
    [TestCase("0", null, 0)]
    [TestCase(null, "2", 2000)]
    [TestCase(null, "0.5", 500)]
    [TestCase(null, "60", 60000)]
    [TestCase("100", "30", 100)] // retry-after-ms wins
    [TestCase("90000", "3", 3000)] // an unreasonable retry-after-ms leaves Retry-After in charge
    public void Server_hint_is_read_from_retry_after_ms_then_retry_after(string? ms, string? seconds, double expectedMs)
    {
        Assert.That(RetryRules.ServerHint(ms, seconds, Now), Is.EqualTo(TimeSpan.FromMilliseconds(expectedMs)));
    }

    [Test]
    public void Server_hint_may_be_an_http_date()
    {
        var date = (Now + TimeSpan.FromSeconds(7)).ToString("r");

        Assert.That(RetryRules.ServerHint(null, date, Now), Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [TestCase(null, "61")] // longer than the 60 s a hint may ask for
    [TestCase("60001", null)]
    [TestCase(null, "-1")]
    [TestCase(null, "soon")]
    [TestCase("abc", null)]
    [TestCase(null, "Mon, 15 Apr 2024 09:59:00 GMT")] // in the past
    [TestCase(null, null)]
    public void Unreasonable_or_unreadable_hints_are_ignored(string? ms, string? seconds)
    {
        Assert.That(RetryRules.ServerHint(ms, seconds, Now), Is.Null);
    }

    [TestCase(1, 0.0, 500)]
    [TestCase(2, 0.0, 1000)]
    [TestCase(3, 0.0, 2000)]
    [TestCase(4, 0.0, 4000)]
    [TestCase(5, 0.0, 8000)]
    [TestCase(9, 0.0, 8000)] // capped
    [TestCase(1, 1.0, 375)] // jitter takes off at most a quarter
    [TestCase(5, 0.5, 7000)]
    public void Backoff_doubles_from_half_a_second_to_eight_with_up_to_a_quarter_off(int retry, double random, double expectedMs)
    {
        Assert.That(RetryRules.Backoff(retry, random).TotalMilliseconds, Is.EqualTo(expectedMs).Within(0.001));
    }

    [TestCase(408, true, true)]
    [TestCase(409, true, true)]
    [TestCase(429, true, true)]
    [TestCase(500, true, true)]
    [TestCase(502, true, true)]
    [TestCase(503, true, true)]
    [TestCase(400, true, false)]
    [TestCase(401, true, false)]
    [TestCase(404, true, false)]
    [TestCase(200, true, false)]
    [TestCase(408, false, true)] // the server gave up before reading: nothing was created
    [TestCase(429, false, true)] // refused by the rate limiter: nothing was created
    [TestCase(409, false, false)]
    [TestCase(500, false, false)] // the create may have happened
    [TestCase(503, false, false)]
    public void Status_retry_depends_on_whether_the_operation_is_idempotent(int status, bool idempotent, bool retried)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.That(RetryRules.ShouldRetry(response, idempotent, retryNonIdempotent: false), Is.EqualTo(retried));
    }

    [Test]
    public void Opting_in_retries_creates_on_every_transient_status()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);

        Assert.That(RetryRules.ShouldRetry(response, idempotent: false, retryNonIdempotent: true), Is.True);
    }

    [TestCase("true", 400, false, true)]
    [TestCase("false", 503, true, false)]
    [TestCase("TRUE", 500, false, true)]
    [TestCase("maybe", 503, true, true)] // unreadable: the usual rule
    public void X_should_retry_overrides_the_rule(string header, int status, bool idempotent, bool retried)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        response.Headers.TryAddWithoutValidation("x-should-retry", header);

        Assert.That(RetryRules.ShouldRetry(response, idempotent, retryNonIdempotent: false), Is.EqualTo(retried));
    }

    [Test]
    public void A_refused_connection_proves_nothing_was_sent_but_a_reset_does_not()
    {
        var refused = new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
        var reset = new HttpRequestException("reset", new System.IO.IOException("reset", new SocketException((int)SocketError.ConnectionReset)));

        Assert.That(RetryRules.FailedBeforeSending(refused), Is.True);
        Assert.That(RetryRules.FailedBeforeSending(reset), Is.False);
    }

    [TestCase(true, false, true)]
    [TestCase(false, false, false)]
    [TestCase(false, true, true)]
    public void A_connection_failure_after_sending_is_retried_only_when_repeating_is_safe(bool idempotent, bool notSent, bool retried)
    {
        var failure = new AssistantsConnectionException("reset", null) { RequestNotSent = notSent };

        Assert.That(RetryRules.ShouldRetry(failure, idempotent, retryNonIdempotent: false), Is.EqualTo(retried));
    }
}
