using System.IO;
using NUnit.Framework;

namespace OpenAI.Assistants.DriftReport.Tests;

/// <summary>Removes the edited copies of this run once all tests are done.</summary>
[SetUpFixture]
public sealed class TemporaryFolderCleanup
{
    [OneTimeTearDown]
    public void RemoveCopies()
    {
        if (Directory.Exists(TestDocuments.TemporaryRoot))
        {
            Directory.Delete(TestDocuments.TemporaryRoot, recursive: true);
        }
    }
}
