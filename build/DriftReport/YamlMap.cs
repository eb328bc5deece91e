using System.Collections.Generic;

namespace OpenAI.Assistants.DriftReport;

/// <summary>A YAML mapping with scalar keys, in document order.</summary>
internal sealed class YamlMap : YamlNode
{
    private readonly Dictionary<string, YamlNode> _entries = new(System.StringComparer.Ordinal);
    private readonly List<string> _keys = new();

    public YamlMap(int line)
        : base(line)
    {
    }

    /// <summary>The keys in document order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    public YamlNode? this[string key] => _entries.TryGetValue(key, out var value) ? value : null;

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    /// <summary>Sets a key; a repeated key keeps its first position and takes the later value.</summary>
    public void Set(string key, YamlNode value)
    {
        if (!_entries.ContainsKey(key))
        {
            _keys.Add(key);
        }

        _entries[key] = value;
    }

    /// <summary>The mapping under <paramref name="key"/>, or null when absent or not a mapping.</summary>
    public YamlMap? Map(string key) => this[key] as YamlMap;

    /// <summary>The sequence under <paramref name="key"/>, or null when absent or not a sequence.</summary>
    public YamlList? List(string key) => this[key] as YamlList;

    /// <summary>The scalar text under <paramref name="key"/>, or null when absent or not a scalar.</summary>
    public string? Text(string key) => (this[key] as YamlText)?.Value;

    /// <summary>Whether the scalar under <paramref name="key"/> is the boolean true.</summary>
    public bool IsTrue(string key) => (this[key] as YamlText)?.IsTrue == true;
}
