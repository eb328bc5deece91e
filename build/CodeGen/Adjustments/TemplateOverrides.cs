using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// Checks that every file in <c>build/templates/</c> is in use: before generation, that it replaces a template NSwag or
/// NJsonSchema has; after generation, that the text it writes (its <c>Marker:</c> lines) is in the output.
/// </summary>
/// <remarks>
/// Why code: NSwag takes a template from <c>templateDirectory</c> only when a template of that name exists upstream and
/// silently uses its own otherwise, so a template renamed upstream (or a typo here) would drop our behaviour without
/// an error; and a template whose call site moved would stop applying just as quietly.
/// </remarks>
internal static class TemplateOverrides
{
    private const string Extension = ".liquid";
    private static readonly Regex MarkerLine = new(@"^\s*Marker:\s*(?<text>.+?)\s*$", RegexOptions.Multiline);

    /// <summary>The names of the templates NSwag's C# client generator and NJsonSchema's C# generator embed (<c>Client.Class</c>, <c>Enum</c>, ...).</summary>
    public static IReadOnlySet<string> UpstreamNames() =>
        new[] { typeof(CSharpClientGenerator).Assembly, typeof(CSharpGenerator).Assembly }
            .SelectMany(assembly => assembly.GetManifestResourceNames())
            .Select(TemplateName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Fails when a file of <paramref name="templateDirectory"/> replaces no upstream template.</summary>
    public static void CheckEachReplacesAnUpstreamTemplate(string templateDirectory, IReadOnlySet<string> upstreamNames)
    {
        var unknown = Files(templateDirectory)
            .Where(file => !upstreamNames.Contains(Path.GetFileNameWithoutExtension(file)))
            .Select(Path.GetFileName)
            .ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{nameof(TemplateOverrides)}: {string.Join(", ", unknown)} in {templateDirectory} replace(s) no template of NSwag or NJsonSchema, " +
                "so NSwag would silently use its own. Rename the file after the upstream template it overrides (the embedded resources " +
                "'...Templates.<Name>.liquid' of NSwag.CodeGeneration.CSharp.dll and NJsonSchema.CodeGeneration.CSharp.dll).");
        }
    }

    /// <summary>Fails when the output lacks a marker of a template, or a template names no marker.</summary>
    public static void CheckEachAppearsInOutput(string code, string templateDirectory)
    {
        var problems = new List<string>();
        foreach (var file in Files(templateDirectory))
        {
            var markers = Markers(File.ReadAllText(file));
            if (markers.Count == 0)
            {
                problems.Add($"{Path.GetFileName(file)} names no 'Marker: <text it writes>' line in its comment");
            }

            problems.AddRange(markers
                .Where(marker => !code.Contains(marker, StringComparison.Ordinal))
                .Select(marker => $"{Path.GetFileName(file)}'s marker '{marker}' is not in the generated code (the override no longer applies)"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{nameof(TemplateOverrides)}: " + string.Join("; ", problems) + ".");
        }
    }

    /// <summary>The <c>Marker:</c> lines of a template: text that is in the output only when the template is used.</summary>
    public static IReadOnlyList<string> Markers(string template) =>
        MarkerLine.Matches(template).Select(match => match.Groups["text"].Value).ToList();

    /// <summary><c>NSwag.CodeGeneration.CSharp.Templates.Client.Class.BeforeSend.liquid</c> → <c>Client.Class.BeforeSend</c>.</summary>
    public static string? TemplateName(string resourceName)
    {
        const string folder = ".Templates.";
        var start = resourceName.IndexOf(folder, StringComparison.Ordinal);
        return start < 0 || !resourceName.EndsWith(Extension, StringComparison.Ordinal)
            ? null
            : resourceName.Substring(start + folder.Length, resourceName.Length - start - folder.Length - Extension.Length);
    }

    private static IEnumerable<string> Files(string templateDirectory) =>
        Directory.EnumerateFiles(templateDirectory, "*" + Extension).OrderBy(file => file, StringComparer.Ordinal);
}
