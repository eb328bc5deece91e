namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// The parameterless constructor NSwag emits is private. With the HTTP pipeline supplied by <c>CreateHttpClientAsync</c>
/// (nswag.json: <c>useHttpClientCreationMethod</c>) NSwag writes <c>public AssistantsClient()</c>, which would build a
/// client with no pipeline. The hand-written constructors chain to it, so it stays, but private.
/// </summary>
/// <remarks>Why code: no setting or template reaches its access modifier (<c>Client.Class.liquid</c> writes it inline).</remarks>
internal static class PrivateBaseConstructor
{
    public static string Apply(string code, string className) =>
        TextReplacement.ReplaceExactly(code, nameof(PrivateBaseConstructor), $"public {className}()", $"private {className}()", 1);
}
