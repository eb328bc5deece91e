using WireMock.Handlers;

namespace Quickstart;

/// <summary>WireMock.Net's local file system, except that a mapping's <c>BodyAsFile</c> is read from the sandbox's body folder.</summary>
internal sealed class SandboxFiles : LocalFileSystemHandler
{
    private readonly string _bodies;

    public SandboxFiles(string bodies)
        : base(bodies)
    {
        _bodies = bodies;
    }

    public override byte[] ReadResponseBodyAsFile(string path) => File.ReadAllBytes(Path.Combine(_bodies, path));

    public override string ReadResponseBodyAsString(string path) => File.ReadAllText(Path.Combine(_bodies, path));
}
