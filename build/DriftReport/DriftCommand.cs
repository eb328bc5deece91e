using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// The command line: <c>DriftReport &lt;upstream.yaml&gt; [--tag Assistants] [--ours FILE] [--allow FILE | --no-allow-list]</c>.
/// Exit code 0 when no difference is left once the allow-list has accepted the deliberate ones, 1 when some are,
/// 2 for a usage error or a document that cannot be read.
/// </summary>
internal static class DriftCommand
{
    public const int NoDrift = 0;
    public const int Drift = 1;
    public const int Error = 2;

    private const string Usage =
        "usage: dotnet run --project build/DriftReport -- <upstream.yaml> [--tag Assistants] [--ours openapi/assistants-v1.yaml]\n" +
        "                                                 [--allow openapi/drift-allow.txt | --no-allow-list]\n" +
        "Prints every wire fact of the tag's operations on which the upstream document and ours differ.\n" +
        "Exit code: 0 no drift, 1 drift, 2 usage or read error.";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        string? upstreamPath = null;
        string? oursPath = null;
        string? allowPath = null;
        var noAllowList = false;
        var tag = "Assistants";
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--tag":
                    tag = Value() ?? string.Empty;
                    break;
                case "--ours":
                    oursPath = Value();
                    break;
                case "--allow":
                    allowPath = Value();
                    break;
                case "--no-allow-list":
                    noAllowList = true;
                    break;
                case "-h" or "--help":
                    output.WriteLine(Usage);
                    return NoDrift;
                case var arg when arg.StartsWith('-') || upstreamPath is not null:
                    return Fail(errors, $"unexpected argument: {arg}");
                default:
                    upstreamPath = args[i];
                    break;
            }
        }

        if (upstreamPath is null || tag.Length == 0 || (allowPath is not null && noAllowList) || args.Count(a => a == "--ours") > 1)
        {
            return Fail(errors, upstreamPath is null ? "no upstream document given" : "invalid arguments");
        }

        oursPath ??= FindOurDocument();
        if (oursPath is null)
        {
            return Fail(errors, "openapi/assistants-v1.yaml not found above the current directory: pass --ours");
        }

        try
        {
            var defaultAllow = Path.Combine(Path.GetDirectoryName(oursPath) ?? ".", "drift-allow.txt");
            var allow = noAllowList ? AllowList.Empty
                : allowPath is not null ? AllowList.Load(allowPath)
                : File.Exists(defaultAllow) ? AllowList.Load(defaultAllow)
                : AllowList.Empty;

            var upstream = OpenApiDocument.Load(upstreamPath);
            var ours = OpenApiDocument.Load(oursPath);
            var upOperations = upstream.Operations(tag);
            var ourOperations = ours.Operations(tag);
            if (upOperations.Count == 0)
            {
                errors.WriteLine($"{upstreamPath}: no operation tagged {tag}");
                return Error;
            }

            var differences = new DriftComparer(upstream, ours).Compare(upOperations, ourOperations);
            var drift = differences.Where(d => !allow.Accepts(d.Line)).ToList();

            output.WriteLine($"drift report, tag {tag}: upstream {upstreamPath} ({upOperations.Count} operations), ours {oursPath} ({ourOperations.Count} operations)");
            output.WriteLine($"allow-list {allow.Source}: {differences.Count - drift.Count} differences accepted by {allow.Count} patterns");
            foreach (var difference in drift)
            {
                Write(output, difference);
            }

            foreach (var unused in allow.Unused())
            {
                errors.WriteLine($"note: allow-list pattern matched nothing: {unused}");
            }

            output.WriteLine(drift.Count == 0 ? "no drift" : $"drift: {drift.Count} {(drift.Count == 1 ? "difference" : "differences")}");
            return drift.Count == 0 ? NoDrift : Drift;
        }
        catch (DocumentFormatException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return Error;
        }
    }

    private static void Write(TextWriter output, Difference difference)
    {
        output.WriteLine(difference.Line);
        var ours = difference.Ours.Count == 0 ? null : "ours " + string.Join(", ", difference.Ours);
        if (difference.OwnedBySchema)
        {
            output.WriteLine($"    {(ours is null ? string.Empty : ours + "; ")}via {string.Join(", ", difference.Via)}");
        }
        else if (difference.Ours.Any(o => o.Contains(" -> ", StringComparison.Ordinal)))
        {
            output.WriteLine($"    {ours}");
        }
    }

    private static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine($"error: {message}");
        errors.WriteLine(Usage);
        return Error;
    }

    // From the current directory up: the folder holding openapi/assistants-v1.yaml (the repository root).
    private static string? FindOurDocument()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "openapi", "assistants-v1.yaml");
                if (File.Exists(candidate))
                {
                    return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
                }
            }
        }

        return null;
    }
}
