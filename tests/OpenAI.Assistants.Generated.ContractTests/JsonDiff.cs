using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>Where two JSON documents differ, as one line per difference with its JSON path (for failure messages).</summary>
public static class JsonDiff
{
    private const int MaxDifferences = 10;

    /// <summary>
    /// The differences between <paramref name="expected"/> and <paramref name="actual"/>: missing and unexpected
    /// object members, arrays of another length, and values that are not equal. Object member order is not a difference.
    /// </summary>
    /// <param name="expected">The JSON a mapping expects.</param>
    /// <param name="actual">The JSON the request had.</param>
    public static IReadOnlyList<string> Differences(JToken expected, JToken actual)
    {
        var differences = new List<string>();
        Compare("$", expected, actual, differences);
        return differences.Count <= MaxDifferences
            ? differences
            : differences.Take(MaxDifferences).Append($"… and {differences.Count - MaxDifferences} more").ToList();
    }

    private static void Compare(string path, JToken expected, JToken actual, List<string> differences)
    {
        if (expected is JObject expectedObject && actual is JObject actualObject)
        {
            foreach (var member in expectedObject.Properties())
            {
                if (actualObject.TryGetValue(member.Name, out var value))
                {
                    Compare(path + "." + member.Name, member.Value, value, differences);
                }
                else
                {
                    differences.Add($"{path}.{member.Name}: missing (expected {Compact(member.Value)})");
                }
            }

            foreach (var member in actualObject.Properties().Where(member => !expectedObject.ContainsKey(member.Name)))
            {
                differences.Add($"{path}.{member.Name}: not expected (got {Compact(member.Value)})");
            }
        }
        else if (expected is JArray expectedArray && actual is JArray actualArray)
        {
            if (expectedArray.Count != actualArray.Count)
            {
                differences.Add($"{path}: {expectedArray.Count} items expected, got {actualArray.Count}");
            }

            for (var i = 0; i < System.Math.Min(expectedArray.Count, actualArray.Count); i++)
            {
                Compare($"{path}[{i}]", expectedArray[i], actualArray[i], differences);
            }
        }
        else if (!JToken.DeepEquals(expected, actual))
        {
            differences.Add($"{path}: expected {Compact(expected)}, got {Compact(actual)}");
        }
    }

    private static string Compact(JToken token) => token.ToString(Formatting.None);
}
