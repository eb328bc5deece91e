using System.IO;
using NUnit.Framework;

namespace OpenAI.Assistants.DriftReport.Tests;

/// <summary>The allow-list: deliberate differences accepted with a reason, and how the command treats it.</summary>
public sealed class AllowListTests
{
    [Test]
    public void WithoutTheAllowList_TheDeliberateDifferencesAreDrift()
    {
        var report = Report.Run(TestDocuments.Upstream, "--ours", TestDocuments.Ours, "--no-allow-list");

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Drift), report.ToString());
        Assert.That(report.Differences, Is.EqualTo(new[]
        {
            "operation GET /things response default: only ours",
            "operation POST /things/{thing_id}/runs response default: only ours",
        }));
    }

    [Test]
    public void TheAllowListNextToOurDocument_SuppressesThem()
    {
        // Documents/drift-allow.txt: "operation * response default: only ours", with its reason.
        var report = Report.Run(TestDocuments.Upstream, "--ours", TestDocuments.Ours);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.NoDrift), report.ToString());
        Assert.That(report.Output, Does.Contain("2 differences accepted by 1 patterns"));
    }

    [Test]
    public void AnAcceptedDifference_DoesNotHideAnotherOne()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream, ("operationId: listThings", "operationId: listAllThings"));

        var report = Report.Run(upstream, "--ours", TestDocuments.Ours, "--allow", Path.Combine(TestDocuments.Folder, "drift-allow.txt"));

        Assert.That(report.Differences, Is.EqualTo(new[] { "operation GET /things: operationId upstream listAllThings, ours listThings" }), report.ToString());
    }

    [Test]
    public void APatternWithoutAReason_IsAnError()
    {
        var allow = TestDocuments.Edited(Path.Combine(TestDocuments.Folder, "drift-allow.txt"),
            ("operation * response default: only ours", "operation * response default: only ours\n\nschema *: nullable only ours"));

        var report = Report.Run(TestDocuments.Upstream, "--ours", TestDocuments.Ours, "--allow", allow);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Error));
        Assert.That(report.Errors, Does.Contain("drift-allow.txt:4: a pattern without a reason"));
    }

    [Test]
    public void APatternThatMatchesNothing_IsNotedOnStandardError()
    {
        var allow = TestDocuments.Edited(Path.Combine(TestDocuments.Folder, "drift-allow.txt"),
            ("operation * response default: only ours", "operation * response default: only ours\nschema Gone.*: nullable only ours"));

        var report = Report.Run(TestDocuments.Upstream, "--ours", TestDocuments.Ours, "--allow", allow);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.NoDrift), report.ToString());
        Assert.That(report.Errors, Does.Contain("note: allow-list pattern matched nothing: ").And.Contain(":3: schema Gone.*: nullable only ours"));
    }
}
