using System.Collections.Generic;

namespace OpenAI.Assistants.DriftReport;

/// <summary>A YAML sequence.</summary>
internal sealed class YamlList : YamlNode
{
    private readonly List<YamlNode> _items = new();

    public YamlList(int line)
        : base(line)
    {
    }

    public IReadOnlyList<YamlNode> Items => _items;

    public void Add(YamlNode item) => _items.Add(item);
}
