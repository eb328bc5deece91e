using System.Collections.Generic;

namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// What a schema node means on the wire once <c>$ref</c>s are followed and <c>allOf</c> is merged: its type, format,
/// nullability, enum values, properties (unresolved, compared lazily), items, additional properties, and the
/// variants of a polymorphic schema keyed by their discriminator value.
/// </summary>
internal sealed class SchemaShape
{
    /// <summary>The named schema (<c>#/components/schemas/Name</c>) the node resolved to, if any: a label only.</summary>
    public string? Name { get; set; }

    public string? Type { get; set; }

    public string? Format { get; set; }

    public bool Nullable { get; set; }

    /// <summary>The enum values, as written; null when the schema has no enum.</summary>
    public List<string>? Enum { get; set; }

    public Dictionary<string, YamlNode> Properties { get; } = new(System.StringComparer.Ordinal);

    public HashSet<string> Required { get; } = new(System.StringComparer.Ordinal);

    public YamlNode? Items { get; set; }

    /// <summary>The schema of additional properties when one is given.</summary>
    public YamlNode? AdditionalSchema { get; set; }

    /// <summary><c>additionalProperties: false</c>.</summary>
    public bool AdditionalClosed { get; set; }

    /// <summary>The variants of a <c>oneOf</c>/<c>anyOf</c> or of a discriminator mapping; null when not polymorphic.</summary>
    public List<SchemaVariant>? Variants { get; set; }

    /// <summary><c>integer</c>, <c>integer(int64)</c>, <c>object</c>, ... or <c>any</c> when the schema says nothing.</summary>
    public string TypeLabel => (Type ?? "any") + (Format is null ? string.Empty : $"({Format})");

    /// <summary>How the report shows the additional properties: <c>any</c> (unset or true), <c>none</c> (false) or a schema.</summary>
    public string AdditionalLabel => AdditionalClosed ? "none" : AdditionalSchema is null ? "any" : "a schema";
}
