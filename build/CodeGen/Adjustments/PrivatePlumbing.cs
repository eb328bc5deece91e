namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// NSwag's plumbing is private: the client's serializer settings property and the struct its response reader returns.
/// Neither is a promise for the public API (recorded in <c>api/</c>): the pipeline reads the bodies, and subclasses
/// exist for test doubles.
/// </summary>
/// <remarks>Why code: <c>Client.Class.liquid</c> writes both <c>protected</c> modifiers inline; no setting reaches them.</remarks>
internal static class PrivatePlumbing
{
    public const string SerializerSettings = "protected Newtonsoft.Json.JsonSerializerSettings JsonSerializerSettings";
    public const string ObjectResponseResult = "protected struct ObjectResponseResult<T>";

    public static string Apply(string code)
    {
        code = TextReplacement.ReplaceExactly(code, nameof(PrivatePlumbing), SerializerSettings, "private Newtonsoft.Json.JsonSerializerSettings JsonSerializerSettings", 1);
        return TextReplacement.ReplaceExactly(code, nameof(PrivatePlumbing), ObjectResponseResult, "private struct ObjectResponseResult<T>", 1);
    }
}
