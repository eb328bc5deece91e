using System.Linq;
using NUnit.Framework;
using OpenAI.Assistants.CodeGen.Adjustments;

namespace OpenAI.Assistants.CodeGen.Tests;

public class UnionsTests
{
    private const string Schemas =
        """
            CreateRun:
              type: object
              required: [tool_choice]
              properties:
                tool_choice: {$ref: '#/components/schemas/ToolChoice'}
                fallback: {$ref: '#/components/schemas/ToolChoice'}
            ToolChoice:
              nullable: true
              oneOf:
                - {type: string, enum: [none, auto]}
                - {$ref: '#/components/schemas/NamedToolChoice'}
            NamedToolChoice:
              type: object
              properties:
                name: {type: string}
        """;

    [Test]
    public void A_string_enum_or_object_union_maps_to_the_hand_written_type_of_its_name()
    {
        var document = TinyDocument.Load(Schemas);
        var settings = TinyDocument.Settings();
        PascalCaseNames.Apply(settings);

        var unions = Unions.Apply(document, settings);
        ExtensibleEnums.Apply(document);
        var code = TinyDocument.Generate(document, settings, unions, new ExtensibleEnums());

        Assert.That(unions.Names.Values, Is.EqualTo(new[] { "ToolChoice" }));
        Assert.That(settings.CSharpGeneratorSettings.ExcludedTypeNames, Does.Contain("ToolChoice"));
        Assert.That(code, Does.Contain("public ToolChoice? ToolChoice { get; set; }"));
        Assert.That(code, Does.Contain("public ToolChoice? Fallback { get; set; }"));
        Assert.That(code, Does.Not.Match(@"class ToolChoice\b").And.Not.Contain("ToolChoice2"));
        Assert.That(code, Does.Contain("class NamedToolChoice"));
    }

    [Test]
    public void Without_the_adjustment_NSwag_types_the_union_with_a_class_of_its_own()
    {
        var document = TinyDocument.Load(Schemas);
        var settings = TinyDocument.Settings();
        PascalCaseNames.Apply(settings);

        var code = TinyDocument.Generate(document, settings);

        Assert.That(code, Does.Match(@"class ToolChoice\b"));
    }

    [Test]
    public void An_object_only_oneOf_is_not_a_union()
    {
        var document = TinyDocument.Load(
            """
                Content:
                  oneOf:
                    - {$ref: '#/components/schemas/Text'}
                    - {$ref: '#/components/schemas/Image'}
                Text: {type: object, properties: {text: {type: string}}}
                Image: {type: object, properties: {url: {type: string}}}
            """);

        var unions = Unions.Apply(document, TinyDocument.Settings());

        Assert.That(unions.Names, Is.Empty);
        Assert.That(document.Components.Schemas.Keys.ToList(), Does.Contain("Content"));
    }
}
