using System;

namespace OpenAI.Assistants.DriftReport;

/// <summary>Entry point; see <see cref="DriftCommand"/>.</summary>
internal static class Program
{
    private static int Main(string[] args) => DriftCommand.Run(args, Console.Out, Console.Error);
}
