using System;
using System.IO;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>Loads the recorded API payloads under <c>Fixtures/</c> (copied next to the test assembly).</summary>
internal static class Fixture
{
    /// <summary>The text of a fixture file, for example <c>run_completed.json</c>.</summary>
    public static string Load(string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fixture '{name}' was not copied to the test output ({path}).", path);
        }

        return File.ReadAllText(path);
    }

    /// <summary>A fixture deserialized with the client's settings.</summary>
    public static T Read<T>(string name) => Json.Deserialize<T>(Load(name));

    /// <summary>A file of the repository that the test project copies to its output (the OpenAPI document).</summary>
    public static string LoadRepositoryFile(string relativePath)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{relativePath}' was not copied to the test output ({path}).", path);
        }

        return File.ReadAllText(path);
    }
}
