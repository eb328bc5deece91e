using System;
using System.IO;
using System.Linq;
using System.Reflection;
using NUnit.Framework;

namespace OpenAI.Assistants.DriftReport.Tests;

/// <summary>The test documents (Documents/ in the test output) and edited copies of them in a temporary folder.</summary>
public static class TestDocuments
{
    /// <summary>Our side: written like openapi/assistants-v1.yaml; <c>drift-allow.txt</c> next to it.</summary>
    public static string Ours => Path.Combine(Folder, "ours.yaml");

    /// <summary>The same wire facts written like the upstream OpenAI document.</summary>
    public static string Upstream => Path.Combine(Folder, "upstream.yaml");

    /// <summary>The same again with anchors, a duplicate anchor, merge keys and odd example JSON.</summary>
    public static string UpstreamWithAnchors => Path.Combine(Folder, "upstream-anchors.yaml");

    /// <summary>This run's temporary folder, removed after the tests (<see cref="TemporaryFolderCleanup"/>).</summary>
    public static string TemporaryRoot { get; } = Path.Combine(Path.GetTempPath(), "drift-report-tests", Guid.NewGuid().ToString("N"));

    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Documents");

    /// <summary>The repository root (set by the build).</summary>
    public static string RepoRoot => typeof(TestDocuments).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>
    /// A copy of <paramref name="path"/> in a folder of the test's own, with each (find, replace) applied; every
    /// find must occur exactly once, so an edit cannot silently miss.
    /// </summary>
    public static string Edited(string path, params (string Find, string Replace)[] edits)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var (find, replace) in edits)
        {
            var count = CountOf(text, find);
            Assert.That(count, Is.EqualTo(1), $"the edit's text occurs {count} times in {path}:\n{find}");
            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        var folder = Path.Combine(TemporaryRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, Path.GetFileName(path));
        File.WriteAllText(copy, text);
        return copy;
    }

    private static int CountOf(string text, string find)
    {
        var count = 0;
        for (var at = text.IndexOf(find, StringComparison.Ordinal); at >= 0; at = text.IndexOf(find, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
