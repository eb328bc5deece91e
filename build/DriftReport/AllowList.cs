using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// The differences our document makes on purpose (<c>openapi/drift-allow.txt</c>). One pattern a line, matched
/// against a whole line of the report, <c>*</c> matching any run of characters. Lines starting with <c>#</c> say why;
/// every pattern needs such a reason in the comment block above it (a blank line ends a block).
/// </summary>
internal sealed class AllowList
{
    private readonly List<Entry> _entries;

    private AllowList(string source, List<Entry> entries)
    {
        Source = source;
        _entries = entries;
    }

    public string Source { get; }

    public int Count => _entries.Count;

    /// <summary>An empty list (<c>--no-allow-list</c>, or no file).</summary>
    public static AllowList Empty { get; } = new("(none)", new List<Entry>());

    /// <summary>Reads an allow-list; throws <see cref="DocumentFormatException"/> for a pattern without a reason.</summary>
    public static AllowList Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentFormatException($"{path}: cannot read ({e.Message})", e);
        }

        var entries = new List<Entry>();
        var reason = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                reason = false;
            }
            else if (line.StartsWith('#'))
            {
                reason = true;
            }
            else if (!reason)
            {
                throw new DocumentFormatException($"{path}:{i + 1}: a pattern without a reason (write why in # lines above it)");
            }
            else
            {
                entries.Add(new Entry(i + 1, line, Compile(line)));
            }
        }

        return new AllowList(path, entries);
    }

    /// <summary>Whether a report line is accepted; marks the entries that matched.</summary>
    public bool Accepts(string line)
    {
        var accepted = false;
        foreach (var entry in _entries.Where(e => e.Pattern.IsMatch(line)))
        {
            entry.Used = true;
            accepted = true;
        }

        return accepted;
    }

    /// <summary>Entries that matched no line of this run (stale, or for another tag).</summary>
    public IEnumerable<string> Unused() => _entries.Where(e => !e.Used).Select(e => $"{Source}:{e.LineNumber}: {e.Text}");

    private static Regex Compile(string pattern) =>
        new("^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);

    private sealed class Entry
    {
        public Entry(int lineNumber, string text, Regex pattern)
        {
            LineNumber = lineNumber;
            Text = text;
            Pattern = pattern;
        }

        public int LineNumber { get; }

        public string Text { get; }

        public Regex Pattern { get; }

        public bool Used { get; set; }
    }
}
