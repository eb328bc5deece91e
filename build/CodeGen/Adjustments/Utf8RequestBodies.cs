namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// JSON request bodies are written straight to UTF-8 bytes (<c>JsonBody.Create</c> in <c>src/.../Pipeline/</c>)
/// instead of NSwag's <c>JsonConvert.SerializeObject</c> to a string and then <c>StringContent</c>, which encodes it
/// again: for a 16 KB body that was about 120 KB of allocations per call. The pipeline then resends the same bytes
/// on a retry without copying them.
/// </summary>
/// <remarks>
/// Why code: <c>Client.Class.liquid</c> writes both statements inline, before the <c>BeforeSend</c> template runs, so
/// no template or setting reaches them.
/// </remarks>
internal static class Utf8RequestBodies
{
    public const string Serialize = "var json_ = Newtonsoft.Json.JsonConvert.SerializeObject(request, JsonSerializerSettings);";
    public const string Content = "var content_ = new System.Net.Http.StringContent(json_);";

    /// <summary>Replaces the body statements of the <paramref name="bodies"/> operations that send a JSON body.</summary>
    public static string Apply(string code, int bodies)
    {
        code = TextReplacement.ReplaceExactly(code, nameof(Utf8RequestBodies), Serialize, "var content_ = JsonBody.Create(request);", bodies);
        return TextReplacement.ReplaceExactly(code, nameof(Utf8RequestBodies), Content, "// the body: UTF-8 JSON bytes (JsonBody)", bodies);
    }
}
