using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// Serializes through the settings the client itself uses (<see cref="AssistantsJson.CreateSettings"/>) and
/// compares JSON semantically.
/// </summary>
internal static class Json
{
    public static string Serialize(object? value) => JsonConvert.SerializeObject(value, AssistantsJson.CreateSettings());

    public static T Deserialize<T>(string json) =>
        JsonConvert.DeserializeObject<T>(json, AssistantsJson.CreateSettings())
        ?? throw new AssertionException($"Deserializing {typeof(T).Name} returned null for: {json}");

    public static object Deserialize(string json, Type type) =>
        JsonConvert.DeserializeObject(json, type, AssistantsJson.CreateSettings())
        ?? throw new AssertionException($"Deserializing {type.Name} returned null for: {json}");

    /// <summary>Parses JSON keeping date-like strings as strings, so that comparisons see the text as sent.</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    /// <summary>Fails unless both texts are the same JSON (property order ignored); prints both texts on failure.</summary>
    public static void AssertEquivalent(string expectedJson, string actualJson) => AssertEquivalent(Parse(expectedJson), actualJson);

    /// <summary>Fails unless <paramref name="actualJson"/> is the same JSON as <paramref name="expected"/>; prints both on failure.</summary>
    public static void AssertEquivalent(JToken expected, string actualJson)
    {
        var actual = Parse(actualJson);
        if (!JToken.DeepEquals(expected, actual))
        {
            Assert.Fail(
                "The JSON differs." + Environment.NewLine +
                "Expected:" + Environment.NewLine + expected.ToString(Formatting.Indented) + Environment.NewLine +
                "Actual:" + Environment.NewLine + actual.ToString(Formatting.Indented));
        }
    }

    /// <summary>An extension-data value as a token, whatever CLR form Newtonsoft stored it in.</summary>
    public static JToken Token(object? value) => value is null ? JValue.CreateNull() : value as JToken ?? JToken.FromObject(value);
}
