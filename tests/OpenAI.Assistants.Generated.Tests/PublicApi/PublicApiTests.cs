using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;
using PublicApiGenerator;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>
/// The public API of the package is recorded in <c>api/</c>, one listing per target framework, and any change to it
/// fails here with the difference. A change that is intended is accepted by regenerating the listings:
/// <c>ACCEPT_PUBLIC_API=1 dotnet test --filter PublicApiTests</c>, then reviewing the diff of <c>api/</c> in the commit.
/// </summary>
public class PublicApiTests
{
    private const string AcceptVariable = "ACCEPT_PUBLIC_API";

    private static readonly string RepoRoot = Metadata("RepoRoot");
    private static readonly string LibraryOutput = Metadata("LibraryOutput");

    public static IEnumerable<string> TargetFrameworks() => Metadata("ApiTargetFrameworks").Split(';', StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void Every_target_framework_of_the_library_has_a_listing()
    {
        var csproj = File.ReadAllText(Path.Combine(RepoRoot, "src", "OpenAI.Assistants.Generated", "OpenAI.Assistants.Generated.csproj"));
        var declared = Regex.Match(csproj, "<TargetFrameworks>([^<]*)</TargetFrameworks>").Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(TargetFrameworks(), Is.EquivalentTo(declared),
            "ApiTargetFrameworks in the test project must list the library's TargetFrameworks, so that each one's API is recorded.");
        var listings = Directory.GetFiles(Path.Combine(RepoRoot, "api"), "OpenAI.Assistants.Generated.*.txt").Select(Path.GetFileName);
        Assert.That(listings, Is.EquivalentTo(declared.Select(ListingName)), "one listing per target framework in api/, no stale ones");
    }

    [TestCaseSource(nameof(TargetFrameworks))]
    public void Public_api_matches_the_recorded_listing(string targetFramework)
    {
        var assemblyPath = Path.Combine(LibraryOutput, targetFramework, "OpenAI.Assistants.Generated.dll");
        Assert.That(File.Exists(assemblyPath), Is.True, $"{assemblyPath} was not built");
        var actual = Normalize(Generate(assemblyPath));
        var listingPath = Path.Combine(RepoRoot, "api", ListingName(targetFramework));

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(listingPath, actual);
            Assert.Pass($"Wrote {listingPath}: review its diff before committing.");
        }

        var recorded = File.Exists(listingPath) ? Normalize(File.ReadAllText(listingPath)) : string.Empty;
        if (recorded != actual)
        {
            Assert.Fail(
                $"The public API of {targetFramework} differs from api/{ListingName(targetFramework)}.\n" +
                $"If the change is intended, accept it with `{AcceptVariable}=1 dotnet test --filter PublicApiTests` and review the diff.\n\n" +
                Difference(recorded, actual));
        }
    }

    private static string ListingName(string targetFramework) => $"OpenAI.Assistants.Generated.{targetFramework}.txt";

    /// <summary>The public API of an assembly file, read in a load context of its own (its dependencies sit beside it).</summary>
    private static string Generate(string assemblyPath)
    {
        var context = new AssemblyLoadContext("public-api", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            return assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";

    /// <summary>The lines only the recorded listing has (-) and only the new one has (+), in order, with the type they belong to.</summary>
    private static string Difference(string recorded, string actual)
    {
        var before = recorded.Split('\n');
        var after = actual.Split('\n');
        var lcs = LongestCommonSubsequence(before, after);
        var text = new StringBuilder();
        int i = 0, j = 0;
        var context = string.Empty;
        foreach (var (ci, cj) in lcs.Append((before.Length, after.Length)))
        {
            for (; i < ci; i++)
            {
                text.Append(Header(ref context, before, i)).Append("- ").AppendLine(before[i].Trim());
            }

            for (; j < cj; j++)
            {
                text.Append(Header(ref context, after, j)).Append("+ ").AppendLine(after[j].Trim());
            }

            i = ci + 1;
            j = cj + 1;
        }

        return text.ToString();
    }

    private static string Header(ref string shown, string[] lines, int index)
    {
        for (var k = index; k >= 0; k--)
        {
            var line = lines[k].Trim();
            if (Regex.IsMatch(line, @"\b(class|struct|interface|enum|record)\b") && line != shown)
            {
                shown = line;
                return $"in {line}\n";
            }

            if (line == shown)
            {
                return string.Empty;
            }
        }

        return string.Empty;
    }

    private static List<(int, int)> LongestCommonSubsequence(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var x = a.Length - 1; x >= 0; x--)
        {
            for (var y = b.Length - 1; y >= 0; y--)
            {
                table[x, y] = a[x] == b[y] ? table[x + 1, y + 1] + 1 : Math.Max(table[x + 1, y], table[x, y + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                pairs.Add((i++, j++));
            }
            else if (table[i + 1, j] >= table[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    private static string Metadata(string key) =>
        typeof(PublicApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"No {key} assembly metadata.");
}
