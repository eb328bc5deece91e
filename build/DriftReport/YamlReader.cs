using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// Reads the first document of a YAML file into <see cref="YamlNode"/>s from YamlDotNet's parser events, resolving
/// aliases from an anchor table of its own. Why not YamlDotNet's object model or deserializer: later upstream
/// OpenAI documents define the same anchor name more than once, which those reject ("duplicate anchor"); YAML
/// itself lets a later definition replace the earlier one for the aliases that follow, and so does this table.
/// Merge keys (<c>&lt;&lt;: *anchor</c>) are applied. An alias to an unknown anchor inside an extension
/// (<c>x-oaiMeta</c> examples, never compared) reads as null; anywhere else it is an error.
/// </summary>
internal sealed class YamlReader
{
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly IParser _parser;
    private readonly string _source;
    private int _extensionDepth;

    private YamlReader(IParser parser, string source)
    {
        _parser = parser;
        _source = source;
    }

    /// <summary>Reads <paramref name="path"/>; throws <see cref="DocumentFormatException"/> when it is not YAML.</summary>
    public static YamlNode ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentFormatException($"{path}: cannot read ({e.Message})", e);
        }

        return Read(text, path);
    }

    /// <summary>Reads YAML text; <paramref name="source"/> names it in messages.</summary>
    public static YamlNode Read(string text, string source)
    {
        using var reader = new StringReader(text);
        var yaml = new YamlReader(new Parser(reader), source);
        try
        {
            return yaml.ReadDocument();
        }
        catch (YamlException e)
        {
            throw new DocumentFormatException($"{source}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }
    }

    private YamlNode ReadDocument()
    {
        _parser.Consume<StreamStart>();
        if (!_parser.TryConsume<DocumentStart>(out _))
        {
            throw new DocumentFormatException($"{_source}: empty document");
        }

        return ReadNode();
    }

    private YamlNode ReadNode()
    {
        var line = (int)_parser.Current!.Start.Line;
        switch (_parser.Current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                if (_extensionDepth > 0)
                {
                    return new YamlText(string.Empty, isPlain: true, line);
                }

                throw new DocumentFormatException($"{_source}:{line}: alias *{alias.Value.Value} names no anchor defined before it");

            case Scalar scalar:
                _parser.MoveNext();
                var text = new YamlText(scalar.Value, scalar.Style == ScalarStyle.Plain, line);
                Remember(scalar.Anchor, text);
                return text;

            case SequenceStart start:
                _parser.MoveNext();
                var list = new YamlList(line);
                Remember(start.Anchor, list);
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    list.Add(ReadNode());
                }

                return list;

            case MappingStart start:
                _parser.MoveNext();
                var map = new YamlMap(line);
                Remember(start.Anchor, map);
                ReadEntries(map);
                return map;

            default:
                throw new DocumentFormatException($"{_source}:{line}: unexpected {_parser.Current.GetType().Name}");
        }
    }

    private void ReadEntries(YamlMap map)
    {
        var merged = new List<YamlNode>();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode();
            if (keyNode is not YamlText key)
            {
                throw new DocumentFormatException($"{_source}:{keyNode.Line}: a mapping key that is not a scalar");
            }

            var extension = key.Value.StartsWith("x-", StringComparison.Ordinal);
            _extensionDepth += extension ? 1 : 0;
            var value = ReadNode();
            _extensionDepth -= extension ? 1 : 0;

            if (key.Value == "<<" && key.IsPlain)
            {
                merged.Add(value);
            }
            else
            {
                map.Set(key.Value, value);
            }
        }

        // Merge keys: explicit keys win, then the merged mappings in the order written.
        foreach (var source in merged)
        {
            var sources = source is YamlList many ? many.Items : new[] { source };
            foreach (var item in sources)
            {
                if (item is YamlMap from)
                {
                    foreach (var key in from.Keys)
                    {
                        if (!map.ContainsKey(key))
                        {
                            map.Set(key, from[key]!);
                        }
                    }
                }
            }
        }
    }

    // The latest definition of an anchor wins for the aliases after it (duplicate anchors are not an error).
    private void Remember(AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }
    }
}
