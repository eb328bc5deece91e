using System.IO;
using WireMock.Handlers;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// WireMock.Net's local file system, except that a mapping's <c>BodyAsFile</c> is read from the fixtures folder.
/// WireMock.Net would look next to its own mappings folder first and then relative to the working directory; a body
/// file missing from the fixtures folder fails the request instead of being found somewhere else.
/// </summary>
public sealed class FixturesFileSystemHandler : LocalFileSystemHandler
{
    private readonly string _fixturesDirectory;

    /// <summary>Reads response bodies from <paramref name="fixturesDirectory"/>.</summary>
    /// <param name="fixturesDirectory">The folder that <c>BodyAsFile</c> paths are relative to.</param>
    public FixturesFileSystemHandler(string fixturesDirectory)
        : base(fixturesDirectory)
    {
        _fixturesDirectory = Path.GetFullPath(fixturesDirectory);
    }

    /// <inheritdoc />
    public override byte[] ReadResponseBodyAsFile(string path) => File.ReadAllBytes(Resolve(path));

    /// <inheritdoc />
    public override string ReadResponseBodyAsString(string path) => File.ReadAllText(Resolve(path));

    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_fixturesDirectory, path));
        if (!full.StartsWith(_fixturesDirectory + Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
        {
            throw new FileNotFoundException($"BodyAsFile '{path}' is outside the fixtures folder {_fixturesDirectory}.", path);
        }

        return File.Exists(full) ? full : throw new FileNotFoundException($"BodyAsFile '{path}' is not in the fixtures folder {_fixturesDirectory}.", full);
    }
}
