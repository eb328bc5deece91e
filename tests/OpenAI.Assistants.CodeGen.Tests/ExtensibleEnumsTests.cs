using NUnit.Framework;
using OpenAI.Assistants.CodeGen.Adjustments;

namespace OpenAI.Assistants.CodeGen.Tests;

public class ExtensibleEnumsTests
{
    private const string Schemas =
        """
            Run:
              type: object
              required: [object, status]
              properties:
                object: {type: string, enum: [thread.run]}
                status: {$ref: '#/components/schemas/RunStatus'}
                model:
                  anyOf:
                    - {type: string}
                    - {$ref: '#/components/schemas/KnownModel'}
            RunStatus:
              type: string
              enum: [queued, in_progress]
            KnownModel:
              type: string
              enum: [gpt-4, gpt-3.5-turbo]
        """;

    [Test]
    public void Without_the_adjustment_NSwag_pins_StringEnumConverter_on_a_closed_enum()
    {
        var document = TinyDocument.Load(Schemas);
        var settings = TinyDocument.Settings(withOurTemplates: true);
        PascalCaseNames.Apply(settings);

        var code = TinyDocument.Generate(document, settings);

        Assert.That(code, Does.Contain("StringEnumConverter"));
    }

    [Test]
    public void A_string_enum_schema_becomes_the_extensible_struct_without_StringEnumConverter()
    {
        var document = TinyDocument.Load(Schemas);
        var settings = TinyDocument.Settings(withOurTemplates: true);
        PascalCaseNames.Apply(settings);

        ExtensibleEnums.Apply(document);
        var code = TinyDocument.Generate(document, settings, new ExtensibleEnums());

        Assert.That(code, Does.Contain("public readonly partial struct RunStatus : System.IEquatable<RunStatus>"));
        Assert.That(code, Does.Contain("public static RunStatus InProgress { get; } = new RunStatus(\"in_progress\");"));
        Assert.That(code, Does.Contain("public RunStatus Status { get; set; }"));
        Assert.That(code, Does.Not.Contain("StringEnumConverter"));
        Assert.That(code, Does.Not.Contain("enum RunStatus"));
    }

    [Test]
    public void A_one_value_enum_property_is_a_plain_string()
    {
        var document = TinyDocument.Load(Schemas);
        var settings = TinyDocument.Settings(withOurTemplates: true);
        PascalCaseNames.Apply(settings);

        ExtensibleEnums.Apply(document);
        var code = TinyDocument.Generate(document, settings, new ExtensibleEnums());

        Assert.That(code, Does.Contain("public string Object { get; set; }"));
        Assert.That(code, Does.Not.Contain("RunObject"));
    }

    [Test]
    public void Any_string_or_a_named_enum_is_the_named_enum_nullable_when_optional()
    {
        var document = TinyDocument.Load(Schemas);
        var settings = TinyDocument.Settings(withOurTemplates: true);
        PascalCaseNames.Apply(settings);

        ExtensibleEnums.Apply(document);
        var code = TinyDocument.Generate(document, settings, new ExtensibleEnums());

        Assert.That(code, Does.Contain("public KnownModel? Model { get; set; }"));
        Assert.That(code, Does.Contain("public readonly partial struct KnownModel"));
    }
}
