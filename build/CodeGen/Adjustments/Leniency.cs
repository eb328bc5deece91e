namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// Required-but-null fields stay lenient. NJsonSchema marks required, non-nullable properties
/// <c>Required.DisallowNull</c>, so a response that sends <c>null</c> for one (the API does, e.g. <c>instructions</c>)
/// would fail to deserialize; the client is lenient where the API is, and such a null leaves the property at its default.
/// </summary>
/// <remarks>
/// Why code: the attribute argument is written inline by NJsonSchema's whole <c>Class.liquid</c>; no setting reaches
/// it, and overriding that template would fork it. Request completeness is checked separately (RequestValidation,
/// from <c>templates/Class.Property.Annotations.liquid</c>'s <c>[WireRequired]</c>).
/// </remarks>
internal static class Leniency
{
    public const string Strict = "Required = Newtonsoft.Json.Required.DisallowNull";
    public const string Lenient = "Required = Newtonsoft.Json.Required.Default";

    public static string Apply(string code) =>
        TextReplacement.ReplaceEvery(code, nameof(Leniency), Strict, Lenient);
}
