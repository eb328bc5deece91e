using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WireMock;
using WireMock.Extensions;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.Matchers.Request;
using WireMock.RequestBuilders;
using WireMock.Types;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// Explains requests that no mapping matched: for each, the request and the closest mappings, with every matcher of
/// theirs that the request failed (which header, query parameter, body field or scenario state differed, and what the
/// request had instead). WireMock.Net's own log only scores each kind of matcher; this evaluates them one by one.
/// </summary>
public static class NearMissReport
{
    private const int ClosestMappings = 3;
    private const int MaxShown = 400;

    /// <summary>The report for <paramref name="unmatched"/> against <paramref name="mappings"/>.</summary>
    /// <param name="unmatched">Log entries of requests no mapping matched.</param>
    /// <param name="mappings">The server's mappings.</param>
    /// <param name="scenarios">The server's scenario states now (a request may have been tried in an earlier state).</param>
    public static string Describe(IEnumerable<ILogEntry> unmatched, IReadOnlyList<IMapping> mappings, IDictionary<string, ScenarioState> scenarios)
    {
        var text = new StringBuilder();
        foreach (var entry in unmatched)
        {
            var request = entry.RequestMessage;
            text.Append(request.Method).Append(' ').Append(MockApiServer.WirePathAndQuery(request)).AppendLine(" matched no mapping.");
            foreach (var header in request.Headers ?? new Dictionary<string, WireMockList<string>>())
            {
                text.Append("  ").Append(header.Key).Append(": ").AppendLine(string.Join(", ", header.Value));
            }

            if (!string.IsNullOrEmpty(request.Body))
            {
                text.Append("  body: ").AppendLine(Shorten(request.Body));
            }

            var ranked = mappings
                .Select(mapping => (Mapping: mapping, Checks: CheckAll(mapping, request, scenarios)))
                .OrderBy(candidate => candidate.Checks.Count(check => !check.Passed))
                .ThenByDescending(candidate => candidate.Checks.Count)
                .Take(ClosestMappings)
                .ToList();
            if (ranked.Count == 0)
            {
                text.AppendLine("  (no mappings are loaded)");
            }

            foreach (var (mapping, checks) in ranked)
            {
                var failed = checks.Where(check => !check.Passed).ToList();
                text.Append("  closest: ").Append(mapping.Title ?? mapping.Guid.ToString())
                    .Append(" (").Append(failed.Count).Append(" of ").Append(checks.Count).AppendLine(" conditions differ)");
                foreach (var check in failed)
                {
                    text.Append("    - ").AppendLine(check.Description);
                    foreach (var detail in check.Details)
                    {
                        text.Append("        ").AppendLine(detail);
                    }
                }
            }
        }

        return text.Length == 0 ? "(every request matched a mapping)" : text.ToString();
    }

    private static List<Check> CheckAll(IMapping mapping, IRequestMessage request, IDictionary<string, ScenarioState> scenarios)
    {
        var checks = new List<Check>();
        if (mapping.RequestMatcher is Request builder)
        {
            checks.AddRange(builder.GetRequestMessageMatchers<IRequestMatcher>().Select(matcher => Evaluate(matcher, request)));
        }
        else
        {
            checks.Add(Evaluate(mapping.RequestMatcher, request));
        }

        if (mapping.Scenario is { } scenario)
        {
            var now = scenarios.TryGetValue(scenario, out var state) ? state.NextState : null;
            checks.Add(new Check(
                Equals(now, mapping.ExecutionConditionState),
                $"scenario '{scenario}' must be {StateName(mapping.ExecutionConditionState)}; it is now {StateName(now)}",
                Array.Empty<string>()));
        }

        return checks;
    }

    private static Check Evaluate(IRequestMatcher matcher, IRequestMessage request)
    {
        var result = new RequestMatchResult();
        matcher.GetMatchingScore(request, result);
        var passed = result.IsPerfectMatch;
        var errors = result.MatchDetails.Where(detail => detail.Exception is not null).Select(detail => "error: " + detail.Exception!.Message);
        return matcher switch
        {
            RequestMessagePathMatcher path => new Check(passed, $"path {Expected(path.Matchers)}; got {Quote(request.Path)} (decoded)", errors),
            RequestMessageUrlMatcher url => new Check(passed, $"url {Expected(url.Matchers)}; got {Quote(request.Url)}", errors),
            // WireMock.Net's method matcher is internal; its public Methods property is read by name.
            _ when matcher.GetType().Name == "RequestMessageMethodMatcher" => new Check(
                passed,
                $"method {string.Join(" or ", matcher.GetType().GetProperty("Methods")?.GetValue(matcher) as string[] ?? new[] { "?" })}; got {request.Method}",
                errors),
            RequestMessageHeaderMatcher header => new Check(
                passed,
                $"header {header.Name} {Expected(header.Matchers)}{Rejected(header.MatchBehaviour)}; got {Values(request.Headers, header.Name, header.IgnoreCase)}",
                errors),
            RequestMessageParamMatcher param => new Check(
                passed,
                param.MatchBehaviour == MatchBehaviour.RejectOnMatch && param.Matchers is null
                    ? $"query {param.Key} absent; got {Values(request.Query, param.Key, param.IgnoreCase)}"
                    : $"query {param.Key} {Expected(param.Matchers)}{Rejected(param.MatchBehaviour)}; got {Values(request.Query, param.Key, param.IgnoreCase)}",
                errors),
            RequestMessageBodyMatcher body => DescribeBody(body, request, passed, errors),
            _ => new Check(passed, matcher.GetType().Name, errors),
        };
    }

    private static Check DescribeBody(RequestMessageBodyMatcher body, IRequestMessage request, bool passed, IEnumerable<string> errors)
    {
        // For an exact JSON matcher, the members that differ say more than both bodies printed in full.
        var differences = passed ? new List<string>() : JsonDifferences(body.Matchers, request.Body).ToList();
        return differences.Count > 0
            ? new Check(passed, "body JsonMatcher: the request's JSON (above) differs from the mapping's", errors.Concat(differences))
            : new Check(passed, $"body {Expected(body.Matchers)}; got {(request.Body is null ? "no body" : Shorten(request.Body))}", errors);
    }

    private static IEnumerable<string> JsonDifferences(IEnumerable<IMatcher>? matchers, string? body)
    {
        var json = matchers?.OfType<JsonMatcher>().FirstOrDefault(matcher => matcher.GetType() == typeof(JsonMatcher));
        if (json is null || body is null)
        {
            return Enumerable.Empty<string>();
        }

        try
        {
            return JsonDiff.Differences(JToken.FromObject(json.Value), JToken.Parse(body));
        }
        catch (JsonException ex)
        {
            return new[] { "the body is not JSON: " + ex.Message };
        }
    }

    private static string Expected(IEnumerable<IMatcher>? matchers) =>
        matchers is null ? "present" : string.Join(" or ", matchers.Select(Expected));

    private static string Expected(IMatcher matcher)
    {
        var pattern = matcher switch
        {
            IStringMatcher text => string.Join(" | ", text.GetPatterns().Select(p => Quote(p.GetPattern()))),
            IObjectMatcher value => Shorten(JsonConvert.SerializeObject(value.Value)),
            _ => string.Empty,
        };
        return $"{matcher.Name} {pattern}{Rejected(matcher.MatchBehaviour)}".TrimEnd();
    }

    private static string Rejected(MatchBehaviour behaviour) => behaviour == MatchBehaviour.RejectOnMatch ? " (RejectOnMatch)" : string.Empty;

    private static string Values(IDictionary<string, WireMockList<string>>? values, string key, bool ignoreCase)
    {
        var found = values?.FirstOrDefault(pair => string.Equals(pair.Key, key, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
        return found?.Value is { } list ? string.Join(", ", list.Select(Quote)) : "none";
    }

    private static string StateName(string? state) => state is null ? "at its start" : $"'{state}'";

    private static string Quote(string? value) => value is null ? "null" : "\"" + value + "\"";

    private static string Shorten(string value) => value.Length <= MaxShown ? value : value.Substring(0, MaxShown) + "…";

    private sealed record Check(bool Passed, string Description, IEnumerable<string> Details);
}
