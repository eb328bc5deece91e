using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using NUnit.Framework;
using OpenAI.Assistants.Generated;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>The generated client is build output, so the PDB must carry its source for debugging.</summary>
public class GeneratedCodeEmbeddingTests
{
    // Portable PDB custom debug information kind "EmbeddedSource".
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Test]
    public void GeneratedClientSource_IsEmbeddedInThePdb()
    {
        var pdbPath = Path.ChangeExtension(typeof(AssistantsClient).Assembly.Location, ".pdb");
        Assert.That(File.Exists(pdbPath), Is.True, $"no PDB next to the library: {pdbPath}");

        using var stream = File.OpenRead(pdbPath);
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var reader = provider.GetMetadataReader();

        var generated = reader.Documents
            .Where(handle => reader.GetString(reader.GetDocument(handle).Name).EndsWith("AssistantsClient.g.cs", StringComparison.Ordinal))
            .ToList();
        Assert.That(generated, Has.Count.EqualTo(1), "the generated file should be one document of the PDB");

        var embedded = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Any(info => info.Parent == (EntityHandle)generated[0] && reader.GetGuid(info.Kind) == EmbeddedSourceKind);
        Assert.That(embedded, Is.True, "AssistantsClient.g.cs is not embedded (EmbedUntrackedSources)");
    }
}
