using NUnit.Framework;
using OpenAI.Assistants.CodeGen.Adjustments;

namespace OpenAI.Assistants.CodeGen.Tests;

public class UnixTimestampsTests
{
    [Test]
    public void A_unix_time_integer_is_a_DateTimeOffset_with_the_Unix_seconds_converter()
    {
        var document = TinyDocument.Load(
            """
                Thing:
                  type: object
                  required: [created_at]
                  properties:
                    created_at: {type: integer, format: unix-time}
                    expires_at: {type: integer, format: unix-time, nullable: true}
                    count: {type: integer}
            """);
        var settings = TinyDocument.Settings(withOurTemplates: true);
        PascalCaseNames.Apply(settings);

        var code = TinyDocument.Generate(document, settings, new UnixTimestamps());

        Assert.That(code, Does.Contain("public System.DateTimeOffset CreatedAt { get; set; }"));
        Assert.That(code, Does.Contain("public System.DateTimeOffset? ExpiresAt { get; set; }"));
        Assert.That(code, Does.Contain("public int? Count { get; set; }"));
        Assert.That(code, Does.Contain("[Newtonsoft.Json.JsonConverter(typeof(UnixSecondsDateTimeOffsetConverter))]"));
    }
}
