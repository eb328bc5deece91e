using NUnit.Framework;

namespace OpenAI.Assistants.DriftReport.Tests;

/// <summary>Exit code 2 for usage errors and documents that cannot be read.</summary>
public sealed class CommandLineTests
{
    [Test]
    public void NoArguments_IsAUsageError()
    {
        var report = Report.Run();

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Error));
        Assert.That(report.Errors, Does.Contain("usage: dotnet run --project build/DriftReport --"));
    }

    [Test]
    public void AnUnknownOption_IsAUsageError()
    {
        Assert.That(Report.Run(TestDocuments.Upstream, "--colour").ExitCode, Is.EqualTo(DriftCommand.Error));
    }

    [Test]
    public void AMissingFile_IsAReadError()
    {
        var report = Report.Run("no-such-upstream.yaml", "--ours", TestDocuments.Ours);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Error));
        Assert.That(report.Errors, Does.Contain("no-such-upstream.yaml: cannot read"));
    }

    [Test]
    public void YamlThatDoesNotParse_IsAReadErrorWithItsLine()
    {
        var broken = TestDocuments.Edited(TestDocuments.Upstream, ("  /things:\n    get:", "  /things:\n    get: [unclosed\n"));

        var report = Report.Run(broken, "--ours", TestDocuments.Ours);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Error));
        Assert.That(report.Errors, Does.Match(@"upstream\.yaml:\d+:\d+: "));
    }

    [Test]
    public void ATagNoUpstreamOperationCarries_IsAnError()
    {
        var report = Report.Run(TestDocuments.Upstream, "--ours", TestDocuments.Ours, "--tag", "Files");

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Error));
        Assert.That(report.Errors, Does.Contain("no operation tagged Files"));
    }
}
