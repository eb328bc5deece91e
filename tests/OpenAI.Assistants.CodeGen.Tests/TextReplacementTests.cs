using System;
using NUnit.Framework;
using OpenAI.Assistants.CodeGen.Adjustments;

namespace OpenAI.Assistants.CodeGen.Tests;

/// <summary>The adjustments that edit NSwag's output as text, and the helper they share.</summary>
public class TextReplacementTests
{
    [Test]
    public void ReplaceExactly_requires_the_expected_count_and_names_the_adjustment()
    {
        Assert.That(TextReplacement.ReplaceExactly("a x b x", "Demo", "x", "y", 2), Is.EqualTo("a y b y"));

        var ex = Assert.Throws<InvalidOperationException>(() => TextReplacement.ReplaceExactly("a x b x", "Demo", "x", "y", 1));
        Assert.That(ex!.Message, Does.StartWith("Demo: expected NSwag to emit 'x' once, found it 2 time(s)."));
        Assert.That(ex.Message, Does.Contain("build/CodeGen/Adjustments/Demo.cs"));
    }

    [Test]
    public void Count_does_not_count_overlaps()
    {
        Assert.That(TextReplacement.Count("aaaa", "aa"), Is.EqualTo(2));
        Assert.That(TextReplacement.Count("", "a"), Is.Zero);
    }

    [Test]
    public void Leniency_replaces_exactly_the_strict_attribute_argument()
    {
        const string code =
            """
            [Newtonsoft.Json.JsonProperty("id", Required = Newtonsoft.Json.Required.DisallowNull)]
            [Newtonsoft.Json.JsonProperty("name", Required = Newtonsoft.Json.Required.Always)]
            [Newtonsoft.Json.JsonProperty("role", Required = Newtonsoft.Json.Required.DisallowNull, NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
            // Required.DisallowNull is mentioned here too
            """;

        var lenient = Leniency.Apply(code);

        Assert.That(lenient, Is.EqualTo(code.Replace(Leniency.Strict, Leniency.Lenient, StringComparison.Ordinal)));
        Assert.That(TextReplacement.Count(lenient, Leniency.Lenient), Is.EqualTo(2));
        Assert.That(lenient, Does.Contain("Required = Newtonsoft.Json.Required.Always"));
        Assert.That(lenient, Does.Contain("// Required.DisallowNull is mentioned here too"));
    }

    [Test]
    public void Leniency_fails_clearly_when_NSwag_no_longer_emits_the_strict_attribute()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Leniency.Apply("[Newtonsoft.Json.JsonProperty(\"id\", Required = Newtonsoft.Json.Required.Always)]"));

        Assert.That(ex!.Message, Does.StartWith($"Leniency: expected NSwag to emit '{Leniency.Strict}' at least once, found it 0 time(s)."));
    }

    [Test]
    public void NSwag_still_emits_the_strict_attribute_Leniency_replaces()
    {
        var document = TinyDocument.Load(
            """
                Thing:
                  type: object
                  required: [instructions]
                  properties:
                    instructions: {type: string}
            """);

        var code = TinyDocument.Generate(document, TinyDocument.Settings());

        Assert.That(code, Does.Contain(Leniency.Strict));
        Assert.That(Leniency.Apply(code), Does.Not.Contain(Leniency.Strict).And.Contain(Leniency.Lenient));
    }

    [Test]
    public void PrivateBaseConstructor_makes_the_one_parameterless_constructor_private()
    {
        const string code = "public AssistantsClient() { }\npublic AssistantsClient(string apiKey) { }";

        Assert.That(PrivateBaseConstructor.Apply(code, "AssistantsClient"), Is.EqualTo("private AssistantsClient() { }\npublic AssistantsClient(string apiKey) { }"));
    }

    [TestCase("public AssistantsClient(string apiKey) { }", 0)]
    [TestCase("public AssistantsClient() { }\npublic AssistantsClient() { }", 2)]
    public void PrivateBaseConstructor_fails_clearly_when_its_target_is_missing_or_duplicated(string code, int found)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => PrivateBaseConstructor.Apply(code, "AssistantsClient"));

        Assert.That(ex!.Message, Does.StartWith($"PrivateBaseConstructor: expected NSwag to emit 'public AssistantsClient()' once, found it {found} time(s)."));
    }

    [Test]
    public void PrivatePlumbing_makes_the_serializer_settings_and_the_response_struct_private()
    {
        var code = PrivatePlumbing.Apply(PrivatePlumbing.SerializerSettings + " { get; }\n" + PrivatePlumbing.ObjectResponseResult + " { }");

        Assert.That(code, Is.EqualTo("private Newtonsoft.Json.JsonSerializerSettings JsonSerializerSettings { get; }\nprivate struct ObjectResponseResult<T> { }"));
    }

    [TestCase(false, true, PrivatePlumbing.SerializerSettings, 0)]
    [TestCase(true, false, PrivatePlumbing.ObjectResponseResult, 0)]
    [TestCase(true, true, PrivatePlumbing.SerializerSettings, 2, true)]
    public void PrivatePlumbing_fails_clearly_when_a_target_is_missing_or_duplicated(bool settings, bool result, string target, int found, bool twice = false)
    {
        var code = (settings ? PrivatePlumbing.SerializerSettings + " { get; }\n" : "") + (result ? PrivatePlumbing.ObjectResponseResult + " { }\n" : "");
        if (twice)
        {
            code += target + " { }\n";
        }

        var ex = Assert.Throws<InvalidOperationException>(() => PrivatePlumbing.Apply(code));

        Assert.That(ex!.Message, Does.StartWith($"PrivatePlumbing: expected NSwag to emit '{target}' once, found it {found} time(s)."));
    }

    [Test]
    public void Utf8RequestBodies_replaces_the_string_round_trip_of_each_body()
    {
        var one = Utf8RequestBodies.Serialize + "\n" + Utf8RequestBodies.Content + "\n";

        var code = Utf8RequestBodies.Apply(one + one, bodies: 2);

        Assert.That(code, Does.Not.Contain("StringContent").And.Not.Contain("SerializeObject"));
        Assert.That(TextReplacement.Count(code, "var content_ = JsonBody.Create(request);"), Is.EqualTo(2));
    }

    [Test]
    public void Utf8RequestBodies_fails_clearly_when_NSwag_writes_another_number_of_bodies()
    {
        var one = Utf8RequestBodies.Serialize + "\n" + Utf8RequestBodies.Content + "\n";

        var ex = Assert.Throws<InvalidOperationException>(() => Utf8RequestBodies.Apply(one, bodies: 2));

        Assert.That(ex!.Message, Does.StartWith($"Utf8RequestBodies: expected NSwag to emit '{Utf8RequestBodies.Serialize}' 2 times, found it 1 time(s)."));
    }
}
