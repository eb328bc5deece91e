using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// Compares the operations of one tag in two documents, and every schema reachable from their parameters, request
/// bodies and responses, path by path from each operation. Schema names are labels only: a renamed or extracted
/// schema with the same wire shape is no difference.
/// </summary>
internal sealed class DriftComparer
{
    private readonly ShapeResolver _up;
    private readonly ShapeResolver _ours;
    private readonly Dictionary<string, Difference> _found = new(StringComparer.Ordinal);
    private readonly HashSet<string> _descending = new(StringComparer.Ordinal);

    public DriftComparer(OpenApiDocument upstream, OpenApiDocument ours)
    {
        _up = new ShapeResolver(upstream);
        _ours = new ShapeResolver(ours);
    }

    /// <summary>The differences, sorted: operations (by path and method), then schemas.</summary>
    public IReadOnlyList<Difference> Compare(IReadOnlyList<Operation> upstream, IReadOnlyList<Operation> ours)
    {
        var up = upstream.ToDictionary(o => o.Label, StringComparer.Ordinal);
        var our = ours.ToDictionary(o => o.Label, StringComparer.Ordinal);
        foreach (var label in up.Keys.Union(our.Keys))
        {
            up.TryGetValue(label, out var u);
            our.TryGetValue(label, out var o);
            var any = (u ?? o)!;
            var site = new Site($"operation {label}", $"0 {any.Path} {any.Method}", string.Empty, label, string.Empty, u?.OperationId ?? o!.OperationId ?? label);
            if (u is null || o is null)
            {
                Add(site, $"only {Side(u is not null)} ({any.OperationId})", named: null, oursKnown: false);
                continue;
            }

            CompareOperation(u, o, site);
        }

        return _found.Values.OrderBy(d => d.SortKey, StringComparer.Ordinal).ToList();
    }

    private void CompareOperation(Operation u, Operation o, Site site)
    {
        if (u.OperationId != o.OperationId)
        {
            Add(site, $"operationId upstream {u.OperationId}, ours {o.OperationId}", named: null, oursKnown: false);
        }

        var upParameters = Parameters(_up, u);
        var ourParameters = Parameters(_ours, o);
        foreach (var key in upParameters.Keys.Union(ourParameters.Keys))
        {
            var here = Sub(site, $" parameter {key}");
            if (!upParameters.TryGetValue(key, out var up) || !ourParameters.TryGetValue(key, out var our))
            {
                var one = up ?? ourParameters[key];
                var resolver = up is null ? _ours : _up;
                var schema = one["schema"] is YamlNode s ? Describe(resolver.Resolve(s)) : "no schema";
                Add(site, $"parameter {key} only {Side(up is not null)} ({schema}{(one.IsTrue("required") ? ", required" : string.Empty)})", named: null, oursKnown: false);
                continue;
            }

            CompareFlag(here, up.IsTrue("required"), our.IsTrue("required"), "required");
            CompareSchema(up["schema"], our["schema"], here);
        }

        CompareRequestBody(u, o, site);
        CompareResponses(u, o, site);
    }

    private void CompareRequestBody(Operation u, Operation o, Site site)
    {
        var up = u.Node["requestBody"] is YamlNode ub ? _up.Document.Deref(ub) as YamlMap : null;
        var our = o.Node["requestBody"] is YamlNode ob ? _ours.Document.Deref(ob) as YamlMap : null;
        if (up is null && our is null)
        {
            return;
        }

        if (up is null || our is null)
        {
            Add(site, $"request body only {Side(up is not null)}", named: null, oursKnown: false);
            return;
        }

        var here = Sub(site, " request body");
        CompareFlag(here, up.IsTrue("required"), our.IsTrue("required"), "required");
        CompareContent(up.Map("content"), our.Map("content"), here);
    }

    private void CompareResponses(Operation u, Operation o, Site site)
    {
        var up = u.Node.Map("responses");
        var our = o.Node.Map("responses");
        var codes = (up?.Keys ?? Array.Empty<string>()).Union(our?.Keys ?? Array.Empty<string>());
        foreach (var code in codes)
        {
            var ur = up?[code] is YamlNode un ? _up.Document.Deref(un) as YamlMap : null;
            var or = our?[code] is YamlNode on ? _ours.Document.Deref(on) as YamlMap : null;
            var here = Sub(site, $" response {code}");
            if (ur is null || or is null)
            {
                Add(here, $"only {Side(ur is not null)}", named: null, oursKnown: false);
                continue;
            }

            CompareContent(ur.Map("content"), or.Map("content"), here);
        }
    }

    private void CompareContent(YamlMap? up, YamlMap? our, Site site)
    {
        var upTypes = up?.Keys ?? Array.Empty<string>();
        var ourTypes = our?.Keys ?? Array.Empty<string>();
        foreach (var type in upTypes.Union(ourTypes))
        {
            var ut = up?.Map(type);
            var ot = our?.Map(type);
            if (ut is null || ot is null)
            {
                Add(site, $"media type {type} only {Side(ut is not null)}", named: null, oursKnown: false);
                continue;
            }

            CompareSchema(ut["schema"], ot["schema"], site);
        }
    }

    private void CompareSchema(YamlNode? up, YamlNode? our, Site site)
    {
        if (up is null || our is null)
        {
            if (up is not null || our is not null)
            {
                Add(site, $"schema only {Side(up is not null)}", named: null, oursKnown: false);
            }

            return;
        }

        CompareShapes(_up.Resolve(up), _ours.Resolve(our), site);
    }

    private void CompareShapes(SchemaShape u, SchemaShape o, Site site, bool compareNullable = true)
    {
        var named = o.Name is null || site.OursOwner == o.Name ? null : o.Name;
        if (compareNullable)
        {
            CompareFlag(site, u.Nullable, o.Nullable, "nullable", named);
        }

        if (u.Variants is not null || o.Variants is not null)
        {
            var upVariants = _up.VariantsOf(u).ToDictionary(v => v.Key, StringComparer.Ordinal);
            var ourVariants = _ours.VariantsOf(o).ToDictionary(v => v.Key, StringComparer.Ordinal);
            foreach (var key in upVariants.Keys.Union(ourVariants.Keys))
            {
                if (!upVariants.TryGetValue(key, out var uv) || !ourVariants.TryGetValue(key, out var ov))
                {
                    Add(site, $"variant {key} only {Side(uv is not null)}", named);
                    continue;
                }

                // A plain schema facing a union is its own single variant: its null was compared above.
                CompareShapes(uv.Shape, ov.Shape, site.Append(key), compareNullable: u.Variants is not null && o.Variants is not null);
            }

            return;
        }

        if (u.TypeLabel != o.TypeLabel)
        {
            Add(site, $"type upstream {u.TypeLabel}, ours {o.TypeLabel}", named);
            if (u.Type != o.Type)
            {
                return;
            }
        }

        CompareEnum(u, o, site, named);
        Descend(u, o, site);
    }

    // The properties, items and additional properties; below a named schema, that schema owns the paths.
    private void Descend(SchemaShape u, SchemaShape o, Site site)
    {
        var guard = $"{u.Name}|{o.Name}";
        var named = u.Name is not null && o.Name is not null;
        if (named && !_descending.Add(guard))
        {
            return;
        }

        var inner = site.Into(u.Name, o.Name);
        CompareProperties(u, o, inner);
        CompareItems(u, o, inner);
        CompareAdditional(u, o, inner);
        if (named)
        {
            _descending.Remove(guard);
        }
    }

    private void CompareProperties(SchemaShape u, SchemaShape o, Site site)
    {
        foreach (var name in u.Properties.Keys.Union(o.Properties.Keys))
        {
            var here = site.Append("." + name);
            var inUp = u.Properties.TryGetValue(name, out var up);
            var inOurs = o.Properties.TryGetValue(name, out var our);
            if (inUp && inOurs)
            {
                CompareFlag(here, u.Required.Contains(name), o.Required.Contains(name), "required");
                CompareSchema(up, our, here);
            }
            else
            {
                var (shape, required) = inUp ? (_up.Resolve(up!), u.Required.Contains(name)) : (_ours.Resolve(our!), o.Required.Contains(name));
                Add(here, $"property only {Side(inUp)} ({Describe(shape)}{(required ? ", required" : string.Empty)})", named: null);
            }
        }

        // A required name that is no property on either side still says something about the wire.
        foreach (var name in u.Required.Union(o.Required))
        {
            if (!u.Properties.ContainsKey(name) && !o.Properties.ContainsKey(name))
            {
                CompareFlag(site.Append("." + name), u.Required.Contains(name), o.Required.Contains(name), "required (no such property)");
            }
        }
    }

    private void CompareItems(SchemaShape u, SchemaShape o, Site site)
    {
        if (u.Items is not null && o.Items is not null)
        {
            CompareSchema(u.Items, o.Items, site.Append("[]"));
        }
        else if (u.Items is not null || o.Items is not null)
        {
            Add(site, $"items only {Side(u.Items is not null)}", named: null);
        }
    }

    private void CompareAdditional(SchemaShape u, SchemaShape o, Site site)
    {
        if (u.AdditionalSchema is not null && o.AdditionalSchema is not null)
        {
            CompareSchema(u.AdditionalSchema, o.AdditionalSchema, site.Append("{}"));
            return;
        }

        var up = Additional(_up, u);
        var our = Additional(_ours, o);
        if (up != our)
        {
            Add(site, $"additional properties upstream {up}, ours {our}", named: null);
        }
    }

    private void CompareEnum(SchemaShape u, SchemaShape o, Site site, string? named)
    {
        if (u.Enum is null && o.Enum is null)
        {
            return;
        }

        if (u.Enum is null || o.Enum is null)
        {
            var values = string.Join(", ", (u.Enum ?? o.Enum)!.Select(Quote));
            Add(site, $"enum only {Side(u.Enum is not null)}: {values}", named);
            return;
        }

        foreach (var value in u.Enum.Except(o.Enum, StringComparer.Ordinal))
        {
            Add(site, $"enum value {Quote(value)} only upstream", named);
        }

        foreach (var value in o.Enum.Except(u.Enum, StringComparer.Ordinal))
        {
            Add(site, $"enum value {Quote(value)} only ours", named);
        }
    }

    private void CompareFlag(Site site, bool up, bool our, string what, string? named = null)
    {
        if (up != our)
        {
            Add(site, $"{what} only {Side(up)}", named);
        }
    }

    private static string Additional(ShapeResolver resolver, SchemaShape shape) =>
        shape.AdditionalClosed ? "none" : shape.AdditionalSchema is null ? "any" : Describe(resolver.Resolve(shape.AdditionalSchema));

    private static string Describe(SchemaShape shape) =>
        shape.Variants is null ? shape.TypeLabel : "one of " + string.Join(" ", shape.Variants.Select(v => v.Key));

    private static Dictionary<string, YamlMap> Parameters(ShapeResolver resolver, Operation operation)
    {
        var found = new Dictionary<string, YamlMap>(StringComparer.Ordinal);
        foreach (var node in operation.Parameters)
        {
            if (resolver.Document.Deref(node) is YamlMap parameter)
            {
                // Operation-level parameters come after path-level ones and replace them.
                found[$"{parameter.Text("in")}:{parameter.Text("name")}"] = parameter;
            }
        }

        return found;
    }

    private static Site Sub(Site site, string what) =>
        site with { UpOwner = site.UpOwner + what, UpSort = site.UpSort + what, OursOwner = site.OursOwner + what, Via = site.Via + what };

    private static string Side(bool upstream) => upstream ? "upstream" : "ours";

    private static string Quote(string value) => $"\"{value}\"";

    private void Add(Site site, string message, string? named, bool oursKnown = true)
    {
        var line = $"{site.UpLocation}: {message}";
        if (!_found.TryGetValue(line, out var difference))
        {
            difference = new Difference(line, $"{site.UpSort}\0{site.UpPath}\0{message}", site.UpOwnedBySchema);
            _found.Add(line, difference);
        }

        if (oursKnown)
        {
            difference.Ours.Add(named is null ? site.OursLocation : $"{site.OursLocation} -> {named}");
        }

        difference.Via.Add(site.Via);
    }
}
