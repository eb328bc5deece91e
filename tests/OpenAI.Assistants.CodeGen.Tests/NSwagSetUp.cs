using System.Linq;
using System.Reflection;
using NUnit.Framework;
using OpenAI.Assistants.CodeGen;

// No namespace: runs once before every test of the assembly.
[SetUpFixture]
public sealed class NSwagSetUp
{
    /// <summary>The repository root (the folder of nswag.json).</summary>
    public static string RepoRoot => Metadata("RepoRoot");

    [OneTimeSetUp]
    public void LoadNSwag() => NSwagAssemblies.LoadFrom(Metadata("NSwagDirectory"));

    private static string Metadata(string key) =>
        typeof(NSwagSetUp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
