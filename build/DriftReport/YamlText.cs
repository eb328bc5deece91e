namespace OpenAI.Assistants.DriftReport;

/// <summary>A YAML scalar, kept as its text: OpenAPI facts are compared as written.</summary>
internal sealed class YamlText : YamlNode
{
    public YamlText(string value, bool isPlain, int line)
        : base(line)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Written without quotes (so <c>true</c> and <c>null</c> are the YAML values, not strings).</summary>
    public bool IsPlain { get; }

    public bool IsTrue => IsPlain && Value is "true" or "True" or "TRUE";

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}
