using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenAI.Assistants.DriftReport;

/// <summary>An OpenAPI 3 document: its operations and its local <c>$ref</c>s.</summary>
internal sealed class OpenApiDocument
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private OpenApiDocument(string source, YamlMap root)
    {
        Source = source;
        Root = root;
    }

    /// <summary>The file, as named on the command line.</summary>
    public string Source { get; }

    public YamlMap Root { get; }

    /// <summary>Reads a YAML (or JSON) OpenAPI document.</summary>
    public static OpenApiDocument Load(string path)
    {
        var root = YamlReader.ReadFile(path) as YamlMap;
        if (root?.Map("paths") is null)
        {
            throw new DocumentFormatException($"{path}: not an OpenAPI document (no paths)");
        }

        return new OpenApiDocument(path, root);
    }

    /// <summary>The operations tagged <paramref name="tag"/>, by method and path.</summary>
    public IReadOnlyList<Operation> Operations(string tag)
    {
        var found = new List<Operation>();
        var paths = Root.Map("paths")!;
        foreach (var path in paths.Keys)
        {
            if (Deref(paths[path]!) is not YamlMap item)
            {
                continue;
            }

            var shared = item.List("parameters")?.Items ?? Array.Empty<YamlNode>();
            foreach (var method in Methods)
            {
                if (item.Map(method) is not YamlMap op || !HasTag(op, tag))
                {
                    continue;
                }

                var parameters = shared.Concat(op.List("parameters")?.Items ?? Array.Empty<YamlNode>()).ToList();
                found.Add(new Operation(method.ToUpperInvariant(), path, op.Text("operationId"), op, parameters));
            }
        }

        return found;
    }

    /// <summary>Follows <c>$ref</c>s (local ones: <c>#/...</c>) to the node they name; other nodes as they are.</summary>
    public YamlNode Deref(YamlNode node) => Follow(node).Node;

    /// <summary>
    /// Follows a chain of <c>$ref</c>s; <c>Name</c> is the last schema the chain passed through
    /// (<c>#/components/schemas/Name</c>), or null when none.
    /// </summary>
    public (YamlNode Node, string? Name) Follow(YamlNode node)
    {
        string? name = null;
        for (var hops = 0; node is YamlMap map && map.Text("$ref") is string reference; hops++)
        {
            if (hops > 32)
            {
                throw new DocumentFormatException($"{Source}:{node.Line}: $ref cycle at {reference}");
            }

            node = Resolve(reference, node.Line);
            const string Schemas = "#/components/schemas/";
            if (reference.StartsWith(Schemas, StringComparison.Ordinal))
            {
                name = Unescape(reference.Substring(Schemas.Length));
            }
        }

        return (node, name);
    }

    private YamlNode Resolve(string reference, int line)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new DocumentFormatException($"{Source}:{line}: only local references are read ({reference})");
        }

        YamlNode current = Root;
        foreach (var part in reference.Substring(2).Split('/'))
        {
            var next = (current as YamlMap)?[Unescape(part)];
            current = next ?? throw new DocumentFormatException($"{Source}:{line}: $ref {reference} names nothing");
        }

        return current;
    }

    private static string Unescape(string part) => part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static bool HasTag(YamlMap op, string tag) =>
        op.List("tags")?.Items.OfType<YamlText>().Any(t => t.Value == tag) == true;
}
