using BenchmarkDotNet.Running;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>Entry point: pick benchmarks with BenchmarkDotNet's switches (<c>--filter</c>, <c>--job</c>, <c>--list</c>).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
