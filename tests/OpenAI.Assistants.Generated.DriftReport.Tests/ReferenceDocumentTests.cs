using System;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.DriftReport.Tests;

/// <summary>
/// The report over the upstream reference (OpenAI's document 2.0.0, kept outside the repository in
/// <c>shared/reference/</c> of a folder above it) and our real document with its real allow-list. Ignored, saying why,
/// where no such folder exists (a clone elsewhere).
/// </summary>
public sealed class ReferenceDocumentTests
{
    private const string ReferenceName = "openai-openapi-2.0.0-assistants-v1.yaml";

    private static string OurDocument => Path.Combine(TestDocuments.RepoRoot, "openapi", "assistants-v1.yaml");

    private static string AllowList => Path.Combine(TestDocuments.RepoRoot, "openapi", "drift-allow.txt");

    [Test]
    public void TheReference_HasNoDriftFromOurDocument()
    {
        var report = Report.Run(FindReference(), "--ours", OurDocument, "--allow", AllowList);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.NoDrift), report.ToString());
        Assert.That(report.Errors, Is.Empty, "every pattern of openapi/drift-allow.txt is still needed");
    }

    [Test]
    public void TheReferenceWithAPropertyRemovedAndAnEnumValueAdded_NamesExactlyThoseTwoFacts()
    {
        var text = File.ReadAllText(FindReference()).Replace("\r\n", "\n", StringComparison.Ordinal);
        text = WithoutProperty(text, "        additional_instructions:");
        const string MessageStatus = """enum: ["in_progress", "incomplete", "completed"]""";
        Assert.That(text.Split(MessageStatus).Length, Is.EqualTo(2), "the message status enum occurs once");
        text = text.Replace(MessageStatus, """enum: ["in_progress", "incomplete", "completed", "cancelled"]""", StringComparison.Ordinal);
        var copy = Path.Combine(TestDocuments.TemporaryRoot, Guid.NewGuid().ToString("N"), ReferenceName);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllText(copy, text);

        var report = Report.Run(copy, "--ours", OurDocument, "--allow", AllowList);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Drift), report.ToString());
        Assert.That(report.Differences, Is.EqualTo(new[]
        {
            "schema CreateRunRequest.additional_instructions: property only ours (string)",
            """schema MessageObject.status: enum value "cancelled" only upstream""",
        }), report.ToString());
    }

    // Removes the property whose key line is given (it must occur once) and the more indented lines below it.
    private static string WithoutProperty(string text, string keyLine)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l == keyLine);
        Assert.That(at, Is.GreaterThanOrEqualTo(0).And.EqualTo(lines.FindLastIndex(l => l == keyLine)), $"{keyLine.Trim()} occurs once");
        var indent = keyLine.Length - keyLine.TrimStart().Length;
        var end = at + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end].Length - lines[end].TrimStart().Length > indent))
        {
            end++;
        }

        lines.RemoveRange(at, end - at);
        return string.Join('\n', lines);
    }

    // From the repository root up: the first folder with shared/reference/<reference>.
    private static string FindReference()
    {
        for (var dir = new DirectoryInfo(TestDocuments.RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", ReferenceName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Ignore($"No shared/reference/{ReferenceName} in a folder above {TestDocuments.RepoRoot}: the upstream reference is not part of the repository.");
        return null!;
    }
}
