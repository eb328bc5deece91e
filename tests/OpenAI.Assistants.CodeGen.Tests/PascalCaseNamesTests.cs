using NUnit.Framework;
using OpenAI.Assistants.CodeGen.Adjustments;

namespace OpenAI.Assistants.CodeGen.Tests;

public class PascalCaseNamesTests
{
    [TestCase("created_at", "CreatedAt")]
    [TestCase("gpt-3.5-turbo", "Gpt35Turbo")]
    [TestCase("thread.run", "ThreadRun")]
    [TestCase("in_progress", "InProgress")]
    [TestCase("1106", "_1106")]
    public void Wire_name_becomes_PascalCase(string wire, string expected)
    {
        Assert.That(PascalCaseNames.ToPascalCase(wire), Is.EqualTo(expected));
    }

    [Test]
    public void Properties_enum_members_and_parameters_come_out_in_CSharp_case_while_the_wire_keeps_snake_case()
    {
        var document = TinyDocument.Load(
            """
                Thing:
                  type: object
                  properties:
                    created_at: {type: integer}
                    status: {$ref: '#/components/schemas/ThingStatus'}
                ThingStatus:
                  type: string
                  enum: [in_progress, gpt-3.5-turbo]
            """,
            """
              /things/{thing_id}:
                get:
                  operationId: getThing
                  parameters:
                    - {name: thing_id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
            """);
        var settings = TinyDocument.Settings();

        PascalCaseNames.Apply(settings);
        var code = TinyDocument.Generate(document, settings);

        Assert.That(code, Does.Contain("CreatedAt { get; set; }"));
        Assert.That(code, Does.Contain("[Newtonsoft.Json.JsonProperty(\"created_at\""));
        Assert.That(code, Does.Contain("InProgress = 0").And.Contain("Gpt35Turbo = 1"));
        Assert.That(code, Does.Contain("GetThingAsync(string thingId"));
        Assert.That(code, Does.Not.Contain("Created_at").And.Not.Contain("In_progress").And.Not.Contain("string thing_id"));
    }
}
