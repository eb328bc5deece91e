using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenAI.Assistants.DriftReport.Tests;

/// <summary>One run of the drift report: its exit code, its difference lines (without the detail lines), its text.</summary>
public sealed record Report(int ExitCode, IReadOnlyList<string> Differences, string Output, string Errors)
{
    /// <summary>Runs the command in process, as <c>dotnet run --project build/DriftReport -- args</c> would.</summary>
    public static Report Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = DriftCommand.Run(args, output, errors);
        var text = output.ToString().Replace("\r\n", "\n", System.StringComparison.Ordinal);
        var differences = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith("operation ", System.StringComparison.Ordinal) || l.StartsWith("schema ", System.StringComparison.Ordinal))
            .ToList();
        return new Report(exitCode, differences, text, errors.ToString());
    }

    public override string ToString() => Output + Errors;
}
