using NUnit.Framework;

namespace OpenAI.Assistants.DriftReport.Tests;

/// <summary>The wire facts the report compares, over small documents (Documents/) and edited copies of them.</summary>
public sealed class DriftReportTests
{
    private static Report Against(string upstream) => Report.Run(upstream, "--ours", TestDocuments.Ours);

    [Test]
    public void SameWireFactsWrittenDifferently_IsNoDrift()
    {
        // upstream.yaml: inline enums and parameters, oneOf tools, other schema names; ours.yaml: named enums, shared
        // parameters, a discriminated base with allOf subtypes, an allOf + nullable wrapper.
        var report = Against(TestDocuments.Upstream);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.NoDrift), report.ToString());
        Assert.That(report.Differences, Is.Empty);
        Assert.That(report.Output, Does.EndWith("\nno drift\n"));
    }

    [Test]
    public void PropertyRemovedUpstream_IsReportedOnceUnderItsSchema()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream, ("""
                    temperature:
                      type: number
                      nullable: true

            """, string.Empty));

        var report = Against(upstream);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Drift), report.ToString());
        Assert.That(report.Differences, Is.EqualTo(new[] { "schema CreateRunRequest.temperature: property only ours (number)" }));
        Assert.That(report.Output, Does.Contain("    ours CreateRunRequest.temperature; via createRun request body\n"));
    }

    [Test]
    public void EnumValueAddedUpstream_NamesTheValueAndOurEnumSchema()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream,
            ("""enum: ["queued", "in_progress", "completed"]""", """enum: ["queued", "in_progress", "completed", "expired"]"""));

        var report = Against(upstream);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Drift), report.ToString());
        Assert.That(report.Differences, Is.EqualTo(new[] { """schema RunObject.status: enum value "expired" only upstream""" }));
        Assert.That(report.Output, Does.Contain("    ours Run.status -> RunStatus; via createRun response 200\n"));
    }

    [Test]
    public void DiscriminatorValueAddedUpstream_IsANewVariantOfTheToolsArray()
    {
        // .tools[].type gains "retrieval": upstream adds a oneOf member; ours would add a mapping entry and a subtype.
        var upstream = TestDocuments.Edited(TestDocuments.Upstream,
            ("""
                          - $ref: "#/components/schemas/AssistantToolsFunction"
                  required:
                    - assistant_id
            """, """
                          - $ref: "#/components/schemas/AssistantToolsFunction"
                          - $ref: "#/components/schemas/AssistantToolsRetrieval"
                  required:
                    - assistant_id
            """),
            ("""
                AssistantToolsFunction:
            """, """
                AssistantToolsRetrieval:
                  type: object
                  properties:
                    type:
                      type: string
                      enum: ["retrieval"]
                  required: [type]
                AssistantToolsFunction:
            """));

        var report = Against(upstream);

        Assert.That(report.Differences, Is.EqualTo(new[] { "schema CreateRunRequest.tools[]: variant <retrieval> only upstream" }), report.ToString());
    }

    [Test]
    public void TypeChangedUpstream_ShowsBothTypes()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream, ("""
                    prompt_tokens:
                      type: integer
            """, """
                    prompt_tokens:
                      type: string
            """));

        var report = Against(upstream);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Drift), report.ToString());
        Assert.That(report.Differences, Is.EqualTo(new[] { "schema RunCompletionUsage.prompt_tokens: type upstream string, ours integer" }));
        Assert.That(report.Output, Does.Contain("    ours RunUsage.prompt_tokens; via createRun response 200\n"));
    }

    [Test]
    public void RequiredAndNullableChangedUpstream_AreReportedAtTheProperty()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream,
            ("""
                  required:
                    - assistant_id
            """, """
                  required: []
            """),
            ("""
                RunCompletionUsage:
                  type: object
                  nullable: true
            """, """
                RunCompletionUsage:
                  type: object
            """),
            ("""
                    first_id:
                      type: string
            """, """
                    first_id:
                      type: string
                      nullable: true
            """));

        var report = Against(upstream);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Drift), report.ToString());
        Assert.That(report.Differences, Is.EqualTo(new[]
        {
            "schema CreateRunRequest.assistant_id: required only ours",
            "schema ListThingsResponse.first_id: nullable only upstream",
            "schema RunObject.usage: nullable only ours",
        }));
        Assert.That(report.Output, Does.Contain("    ours Run.usage -> RunUsage; via createRun response 200\n"));
    }

    [Test]
    public void OperationAndParameterAddedUpstream_AreReportedUnderTheOperation()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream,
            ("""
                    - name: limit
            """, """
                    - name: include
                      in: query
                      required: true
                      schema:
                        type: array
                        items:
                          type: string
                    - name: limit
            """),
            ("""
              /things/{thing_id}/runs:
            """, """
              /things/{thing_id}:
                delete:
                  operationId: deleteThing
                  tags: [Assistants]
                  responses:
                    "200":
                      description: OK
              /things/{thing_id}/runs:
            """));

        var report = Against(upstream);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.Drift), report.ToString());
        Assert.That(report.Differences, Is.EqualTo(new[]
        {
            "operation GET /things: parameter query:include only upstream (array, required)",
            "operation DELETE /things/{thing_id}: only upstream (deleteThing)",
        }));
    }

    [Test]
    public void ParameterChangedUpstream_ComparesItsSchemaThroughOurSharedParameter()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream,
            ("""enum: ["asc", "desc"]""", """enum: ["asc"]"""),
            ("""
                      required: false
                      schema:
                        type: integer
            """, """
                      required: true
                      schema:
                        type: integer
                        format: int32
            """));

        var report = Against(upstream);

        Assert.That(report.Differences, Is.EqualTo(new[]
        {
            "operation GET /things parameter query:limit: required only upstream",
            "operation GET /things parameter query:limit: type upstream integer(int32), ours integer",
            """operation GET /things parameter query:order: enum value "desc" only ours""",
        }), report.ToString());
        Assert.That(report.Output, Does.Contain("    ours GET /things parameter query:order -> ListOrder\n"));
    }

    [Test]
    public void OperationIdDifference_IsNoted()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream, ("operationId: createRun", "operationId: createRunn"));

        var report = Against(upstream);

        Assert.That(report.Differences, Is.EqualTo(new[] { "operation POST /things/{thing_id}/runs: operationId upstream createRunn, ours createRun" }), report.ToString());
    }

    [Test]
    public void AnchorsAliasesAndADuplicateAnchor_AreRead()
    {
        // upstream-anchors.yaml defines &status_values twice: first as an example string, then as the status list
        // that RunObject.status aliases. Read with the first definition, the enum would be missing: drift.
        var report = Against(TestDocuments.UpstreamWithAnchors);

        Assert.That(report.ExitCode, Is.EqualTo(DriftCommand.NoDrift), report.ToString());
        Assert.That(report.Differences, Is.Empty);
    }

    [Test]
    public void OutputLines_AreSortedOperationsFirst()
    {
        var upstream = TestDocuments.Edited(TestDocuments.Upstream,
            ("operationId: createRun", "operationId: createRunn"),
            ("""enum: ["queued", "in_progress", "completed"]""", """enum: ["queued", "in_progress", "completed", "expired"]"""),
            ("""enum: ["asc", "desc"]""", """enum: ["asc"]"""));

        var first = Against(upstream);
        var second = Against(upstream);

        Assert.That(first.Output, Is.EqualTo(second.Output));
        Assert.That(first.Differences, Is.EqualTo(new[]
        {
            """operation GET /things parameter query:order: enum value "desc" only ours""",
            "operation POST /things/{thing_id}/runs: operationId upstream createRunn, ours createRun",
            """schema RunObject.status: enum value "expired" only upstream""",
        }));
    }
}
