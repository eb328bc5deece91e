using System.Text.RegularExpressions;

namespace OpenAI.Assistants.CodeGen.Convenience;

/// <summary>The document's prose (Markdown) as the text of an XML documentation comment.</summary>
internal static class XmlDoc
{
    private static readonly Regex Code = new("`([^`]+)`", RegexOptions.Compiled);

    /// <summary>Escapes the XML characters, turns <c>`code`</c> into <c>&lt;c&gt;code&lt;/c&gt;</c> and folds lines.</summary>
    public static string Text(string? markdown)
    {
        var text = (markdown ?? string.Empty).Trim()
            .Replace("&", "&amp;")
            .Replace("<", "&lt;")
            .Replace(">", "&gt;");
        text = Regex.Replace(text, @"\s+", " ");
        return Code.Replace(text, "<c>$1</c>");
    }

    /// <summary><see cref="Text"/> without a trailing period or <paramref name="suffix"/> (when it ends with it).</summary>
    public static string Phrase(string? markdown, string suffix = "")
    {
        var text = Text(markdown).TrimEnd('.');
        return suffix.Length > 0 && text.EndsWith(suffix, System.StringComparison.Ordinal) ? text.Substring(0, text.Length - suffix.Length) : text;
    }
}
