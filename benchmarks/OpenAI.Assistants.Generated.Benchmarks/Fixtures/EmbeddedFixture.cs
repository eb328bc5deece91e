using System;
using System.IO;
using System.Text;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>
/// The recorded payloads of the contract tests, embedded in this assembly (see the csproj) so that the processes
/// BenchmarkDotNet starts find them wherever they run.
/// </summary>
internal static class EmbeddedFixture
{
    /// <summary>The bytes of a fixture, for example <c>thread_and_run.sse</c>.</summary>
    public static byte[] Bytes(string name)
    {
        using var stream = typeof(EmbeddedFixture).Assembly.GetManifestResourceStream("Fixtures/" + name)
            ?? throw new InvalidOperationException($"Fixture '{name}' is not embedded in the benchmark assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The UTF-8 text of a fixture.</summary>
    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name));
}
