namespace OpenAI.Assistants.DriftReport;

/// <summary>A node of a YAML document once its aliases are resolved: a mapping, a sequence or a scalar.</summary>
internal abstract class YamlNode
{
    protected YamlNode(int line) => Line = line;

    /// <summary>The 1-based line where the node starts, for messages.</summary>
    public int Line { get; }
}
