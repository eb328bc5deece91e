using BenchmarkDotNet.Running;
using OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>Entry point: pick benchmarks with BenchmarkDotNet's switches (<c>--filter</c>, <c>--job</c>, <c>--list</c>).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // The end-to-end benchmarks start this assembly again as their loopback server (EndToEnd/LoopbackApi.cs).
        if (args.Length == 1 && args[0] == LoopbackApi.ServeSwitch)
        {
            LoopbackApi.Serve();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
