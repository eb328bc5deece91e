using System;
using System.IO;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>Locates files of the repository from the test output directory.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first folder above the test assembly that holds <c>nswag.json</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The OpenAPI document the client is generated from.</summary>
    public static string OpenApiDocument => Path.Combine(Root, "openapi", "assistants-v1.yaml");

    /// <summary>The test output directory (where Mappings/ and Fixtures/ are copied).</summary>
    public static string OutputDirectory => AppContext.BaseDirectory;

    /// <summary>The mapping files (request matchers and the responses they give) in the test output.</summary>
    public static string MappingsDirectory => Path.Combine(OutputDirectory, "Mappings");

    /// <summary>The response bodies that mappings name with <c>BodyAsFile</c>, in the test output.</summary>
    public static string FixturesDirectory => Path.Combine(OutputDirectory, "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "nswag.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing nswag.json above {AppContext.BaseDirectory}.");
    }
}
