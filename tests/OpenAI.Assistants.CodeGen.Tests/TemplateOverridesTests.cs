using System;
using System.IO;
using NUnit.Framework;
using OpenAI.Assistants.CodeGen.Adjustments;

namespace OpenAI.Assistants.CodeGen.Tests;

public class TemplateOverridesTests
{
    private static string OurTemplates => Path.Combine(NSwagSetUp.RepoRoot, "build", "templates");

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("codegen-templates-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("NSwag.CodeGeneration.CSharp.Templates.Client.Class.BeforeSend.liquid", "Client.Class.BeforeSend")]
    [TestCase("NJsonSchema.CodeGeneration.CSharp.Templates.Enum.liquid", "Enum")]
    [TestCase("NSwag.CodeGeneration.CSharp.Resources.Something.txt", null)]
    public void Template_name_is_read_from_the_resource_name(string resource, string? expected)
    {
        Assert.That(TemplateOverrides.TemplateName(resource), Is.EqualTo(expected));
    }

    [Test]
    public void NSwag_and_NJsonSchema_embed_the_templates_we_know_of()
    {
        var names = TemplateOverrides.UpstreamNames();

        Assert.That(names, Does.Contain("Client.Class.BeforeSend").And.Contain("Client.Class.ReadObjectResponse").And.Contain("Enum").And.Contain("Class.Inheritance"));
    }

    [Test]
    public void Every_file_in_build_templates_replaces_an_upstream_template()
    {
        Assert.That(Directory.GetFiles(OurTemplates, "*.liquid"), Is.Not.Empty);
        Assert.DoesNotThrow(() => TemplateOverrides.CheckEachReplacesAnUpstreamTemplate(OurTemplates, TemplateOverrides.UpstreamNames()));
    }

    [Test]
    public void Every_file_in_build_templates_names_a_marker()
    {
        foreach (var file in Directory.GetFiles(OurTemplates, "*.liquid"))
        {
            Assert.That(TemplateOverrides.Markers(File.ReadAllText(file)), Is.Not.Empty, Path.GetFileName(file));
        }
    }

    [Test]
    public void A_template_that_matches_no_upstream_template_fails_generation_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_folder, "Enum.liquid"), "");
        File.WriteAllText(Path.Combine(_folder, "Client.Class.BeforeSnd.liquid"), "");

        var ex = Assert.Throws<InvalidOperationException>(() => TemplateOverrides.CheckEachReplacesAnUpstreamTemplate(_folder, TemplateOverrides.UpstreamNames()));

        Assert.That(ex!.Message, Does.StartWith("TemplateOverrides: Client.Class.BeforeSnd.liquid in ").And.Contain("replace(s) no template of NSwag or NJsonSchema"));
        Assert.That(ex.Message, Does.Not.Contain("Enum.liquid"));
    }

    [Test]
    public void Markers_are_the_Marker_lines_of_the_comment()
    {
        const string template = "{%- comment -%}\n  Markers of its output:\n  Marker: OperationInfo.Describe(request_,\n  Marker: X \n{%- endcomment -%}\nbody";

        Assert.That(TemplateOverrides.Markers(template), Is.EqualTo(new[] { "OperationInfo.Describe(request_,", "X" }));
    }

    [Test]
    public void An_override_whose_marker_is_not_in_the_output_fails_generation()
    {
        File.WriteAllText(Path.Combine(_folder, "Client.Class.BeforeSend.liquid"), "{%- comment -%}\n  Marker: OperationInfo.Describe(\n{%- endcomment -%}\n");

        Assert.DoesNotThrow(() => TemplateOverrides.CheckEachAppearsInOutput("x OperationInfo.Describe(request_, ...)", _folder));
        var ex = Assert.Throws<InvalidOperationException>(() => TemplateOverrides.CheckEachAppearsInOutput("x", _folder));
        Assert.That(ex!.Message, Does.Contain("Client.Class.BeforeSend.liquid's marker 'OperationInfo.Describe(' is not in the generated code"));
    }

    [Test]
    public void An_override_without_a_marker_fails_generation()
    {
        File.WriteAllText(Path.Combine(_folder, "Enum.liquid"), "{%- comment -%} no marker {%- endcomment -%}\n");

        var ex = Assert.Throws<InvalidOperationException>(() => TemplateOverrides.CheckEachAppearsInOutput("anything", _folder));

        Assert.That(ex!.Message, Does.Contain("Enum.liquid names no 'Marker: <text it writes>' line"));
    }
}
