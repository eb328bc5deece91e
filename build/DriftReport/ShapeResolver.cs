using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// Resolves schema nodes of one document to <see cref="SchemaShape"/>s, so that two documents written differently
/// (inline objects against named schemas, <c>oneOf</c> unions against a base schema with a discriminator mapping and
/// <c>allOf: [base, {...}]</c> subtypes, <c>allOf: [$ref] + nullable</c> wrappers) compare by what they put on the wire.
/// </summary>
internal sealed class ShapeResolver
{
    private const int MaxDepth = 64;
    private readonly OpenApiDocument _document;

    public ShapeResolver(OpenApiDocument document) => _document = document;

    public OpenApiDocument Document => _document;

    /// <summary>The shape of a schema node.</summary>
    public SchemaShape Resolve(YamlNode node) => Resolve(node, expandVariants: true, depth: 0);

    private SchemaShape Resolve(YamlNode node, bool expandVariants, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DocumentFormatException($"{_document.Source}:{node.Line}: schema nesting deeper than {MaxDepth} (a cycle of allOf?)");
        }

        // A $ref with siblings: OpenAPI 3.0 ignores them, but a nullable written next to a $ref is read as meant.
        var siblingNullable = node is YamlMap refNode && refNode.ContainsKey("$ref") && refNode.IsTrue("nullable");
        var (target, name) = _document.Follow(node);
        if (target is not YamlMap map)
        {
            // `true`, `{}` written as a scalar, or something unreadable: a schema that says nothing.
            return new SchemaShape { Name = name, Nullable = siblingNullable };
        }

        var allOf = map.List("allOf")?.Items;
        if (allOf is { Count: 1 } && !HasStructure(map))
        {
            // A wrapper (allOf: [$ref X] with nullable or a description): the shape of X, and the wrapper's null.
            var inner = Resolve(allOf[0], expandVariants, depth + 1);
            inner.Name ??= name;
            inner.Nullable |= siblingNullable || map.IsTrue("nullable");
            inner.Type ??= map.Text("type");
            return inner;
        }

        var shape = new SchemaShape { Name = name };
        foreach (var part in allOf ?? Array.Empty<YamlNode>())
        {
            // A subtype's base is merged as an object; its discriminator does not apply to the subtype again.
            Merge(shape, Resolve(part, expandVariants: false, depth + 1));
        }

        ReadOwn(shape, map);
        shape.Nullable |= siblingNullable;

        var alternatives = (map.List("oneOf") ?? map.List("anyOf"))?.Items;
        var discriminator = map.Map("discriminator");
        var discriminant = discriminator?.Text("propertyName") ?? "type";
        if (alternatives is not null)
        {
            var variants = new List<SchemaShape>();
            foreach (var alternative in alternatives)
            {
                var variant = Resolve(alternative, expandVariants: true, depth + 1);
                if (variant.Type == "null")
                {
                    shape.Nullable = true;
                }
                else
                {
                    variants.Add(variant);
                }
            }

            if (variants.Count == 1 && shape.Properties.Count == 0)
            {
                // oneOf with one schema (once a null alternative is set aside) is that schema.
                var single = variants[0];
                single.Nullable |= shape.Nullable;
                single.Name ??= name;
                return single;
            }

            shape.Variants = Key(variants, discriminant);
        }
        else if (expandVariants && discriminator?.Map("mapping") is YamlMap mapping)
        {
            var variants = new List<SchemaShape>();
            foreach (var value in mapping.Keys)
            {
                var reference = new YamlMap(mapping.Line);
                reference.Set("$ref", mapping[value]!);
                var variant = Resolve(reference, expandVariants: false, depth + 1);
                variant.Properties[discriminant] = Constant(value, mapping.Line);
                variants.Add(variant);
            }

            shape.Variants = Key(variants, discriminant);
        }

        Infer(shape);
        return shape;
    }

    private static bool HasStructure(YamlMap map) =>
        map.ContainsKey("properties") || map.ContainsKey("items") || map.ContainsKey("enum") || map.ContainsKey("oneOf")
        || map.ContainsKey("anyOf") || map.ContainsKey("additionalProperties") || map.ContainsKey("discriminator")
        || map.ContainsKey("required");

    private static void Merge(SchemaShape into, SchemaShape part)
    {
        into.Type ??= part.Type;
        into.Format ??= part.Format;
        into.Enum ??= part.Enum;
        into.Items ??= part.Items;
        into.AdditionalSchema ??= part.AdditionalSchema;
        into.AdditionalClosed |= part.AdditionalClosed;
        foreach (var (key, value) in part.Properties)
        {
            into.Properties[key] = value;
        }

        into.Required.UnionWith(part.Required);
        into.Variants ??= part.Variants;
    }

    private static void ReadOwn(SchemaShape shape, YamlMap map)
    {
        switch (map["type"])
        {
            case YamlText type:
                shape.Type = type.Value;
                break;
            case YamlList types:
                // OpenAPI 3.1: type: [string, "null"].
                var names = types.Items.OfType<YamlText>().Select(t => t.Value).ToList();
                shape.Nullable |= names.Remove("null");
                shape.Type = names.Count == 1 ? names[0] : string.Join("|", names);
                break;
        }

        shape.Format = map.Text("format") ?? shape.Format;
        shape.Nullable |= map.IsTrue("nullable");
        if (map.List("enum") is YamlList values)
        {
            shape.Enum = new List<string>();
            foreach (var value in values.Items.OfType<YamlText>())
            {
                if (value.IsNull)
                {
                    shape.Nullable = true;
                }
                else
                {
                    shape.Enum.Add(value.Value);
                }
            }
        }

        if (map.Map("properties") is YamlMap properties)
        {
            foreach (var key in properties.Keys)
            {
                shape.Properties[key] = properties[key]!;
            }
        }

        foreach (var required in map.List("required")?.Items.OfType<YamlText>() ?? Enumerable.Empty<YamlText>())
        {
            shape.Required.Add(required.Value);
        }

        shape.Items = map["items"] ?? shape.Items;
        switch (map["additionalProperties"])
        {
            case YamlMap schema when schema.Keys.Count > 0:
                shape.AdditionalSchema = schema;
                shape.AdditionalClosed = false;
                break;
            case YamlText flag when flag.IsPlain && flag.Value == "false":
                shape.AdditionalClosed = true;
                shape.AdditionalSchema = null;
                break;
        }
    }

    private static void Infer(SchemaShape shape)
    {
        if (shape.Type is not null || shape.Variants is not null)
        {
            return;
        }

        if (shape.Properties.Count > 0 || shape.AdditionalSchema is not null)
        {
            shape.Type = "object";
        }
        else if (shape.Items is not null)
        {
            shape.Type = "array";
        }
        else if (shape.Enum is not null)
        {
            shape.Type = "string";
        }
    }

    /// <summary>The variants of a polymorphic shape; a plain shape is its own single variant.</summary>
    public IReadOnlyList<SchemaVariant> VariantsOf(SchemaShape shape) =>
        shape.Variants ?? new List<SchemaVariant> { new(KeyOf(shape, "type"), shape) };

    private List<SchemaVariant> Key(List<SchemaShape> variants, string discriminant)
    {
        var keyed = new List<SchemaVariant>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in variants)
        {
            var key = KeyOf(variant, discriminant);
            var unique = key;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{key.TrimEnd('>')}#{n}>";
            }

            keyed.Add(new SchemaVariant(unique, variant));
        }

        return keyed;
    }

    private string KeyOf(SchemaShape variant, string discriminant)
    {
        if (variant.Properties.TryGetValue(discriminant, out var property)
            && Resolve(property, expandVariants: false, depth: 0).Enum is { Count: 1 } constant)
        {
            return $"<{constant[0]}>";
        }

        if (variant.Type == "object" || variant.Variants is not null)
        {
            return "<object>";
        }

        return variant.Enum is not null ? "<enum>" : $"<{variant.Type ?? "any"}>";
    }

    private static YamlMap Constant(string value, int line)
    {
        var schema = new YamlMap(line);
        schema.Set("type", new YamlText("string", isPlain: true, line));
        var values = new YamlList(line);
        values.Add(new YamlText(value, isPlain: false, line));
        schema.Set("enum", values);
        return schema;
    }
}
