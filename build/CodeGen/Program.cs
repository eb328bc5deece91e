using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace OpenAI.Assistants.CodeGen;

/// <summary>
/// Usage: CodeGen &lt;nswag.json&gt; &lt;output.cs&gt; &lt;path of NSwag.Core.dll in the NSwag.MSBuild package&gt;
/// Reads the generator settings from nswag.json, applies our adjustments and writes the client file.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: CodeGen <nswag.json> <output.cs> <NSwag.Core.dll of the NSwag.MSBuild package>");
            return 2;
        }

        // NSwag's assemblies are not copied next to this tool: load them from the NSwag.MSBuild package
        // (a file path rather than a folder, so that no trailing separator needs quoting on any shell).
        NSwagAssemblies.LoadFrom(Path.GetDirectoryName(Path.GetFullPath(args[2]))!);

        try
        {
            await RunAsync(Path.GetFullPath(args[0]), Path.GetFullPath(args[1])).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"error: code generation failed: {ex}");
            return 1;
        }
    }

    // Kept out of Main so NSwag types are only resolved after the Resolving handler is in place.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task RunAsync(string nswagJsonPath, string outputPath) => Generator.RunAsync(nswagJsonPath, outputPath);
}
