using System;

namespace OpenAI.Assistants.CodeGen;

/// <summary>
/// The one way an adjustment edits NSwag's output as text: the target text must occur as often as the adjustment
/// expects, so that a generator update that stops emitting it (or emits it twice) fails generation with the
/// adjustment's name instead of silently leaving NSwag's code in place.
/// </summary>
internal static class TextReplacement
{
    /// <summary>Replaces <paramref name="from"/>, which must occur exactly <paramref name="count"/> times.</summary>
    public static string ReplaceExactly(string code, string adjustment, string from, string to, int count)
    {
        var found = Count(code, from);
        if (found != count)
        {
            throw Changed(adjustment, from, count == 1 ? "once" : $"{count} times", found);
        }

        return code.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>Replaces every occurrence of <paramref name="from"/>, which must occur at least once.</summary>
    public static string ReplaceEvery(string code, string adjustment, string from, string to)
    {
        var found = Count(code, from);
        if (found == 0)
        {
            throw Changed(adjustment, from, "at least once", found);
        }

        return code.Replace(from, to, StringComparison.Ordinal);
    }

    public static int Count(string code, string text)
    {
        var count = 0;
        for (var index = code.IndexOf(text, StringComparison.Ordinal); index >= 0; index = code.IndexOf(text, index + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static InvalidOperationException Changed(string adjustment, string from, string expected, int found) =>
        new($"{adjustment}: expected NSwag to emit '{from}' {expected}, found it {found} time(s). The generator's output changed; review build/CodeGen/Adjustments/{adjustment}.cs.");
}
