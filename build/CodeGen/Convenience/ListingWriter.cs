using System.Collections.Generic;
using System.Linq;
using System.Text;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag.CodeGeneration;

namespace OpenAI.Assistants.CodeGen.Convenience;

/// <summary>
/// Writes, for every list operation of the document: <c>IListPage&lt;T&gt;</c> on its page class, the
/// <c>Get*Async</c> listing method on the client (a <c>CursorListing&lt;T&gt;</c> over the generated page method),
/// the same member on <c>IAssistantsClient</c>, and the options class of its extra query parameters.
/// </summary>
/// <remarks>
/// NSwag writes one method per operation and has no notion of a listing over all pages; a template would have to
/// recognise the list shape in Liquid and could not add members to the interface, the page classes and new option
/// classes from one place. The shared behaviour (cursor loop, option checks) stays hand-written in
/// <c>src/.../Pagination/</c>; what is written here only differs in names.
/// </remarks>
internal sealed class ListingWriter
{
    private readonly CSharpTypeResolver _resolver;
    private readonly IParameterNameGenerator _parameterNames;
    private readonly string _clientClass;
    private readonly string _clientInterface;

    public ListingWriter(CSharpTypeResolver resolver, IParameterNameGenerator parameterNames, string clientClass, string clientInterface)
    {
        _resolver = resolver;
        _parameterNames = parameterNames;
        _clientClass = clientClass;
        _clientInterface = clientInterface;
    }

    public void Write(StringBuilder code, IReadOnlyList<ListOperation> operations)
    {
        code.AppendLine("    // The pages of the list operations already have Data, HasMore, FirstId and LastId; IListPage<T> lets the one");
        code.AppendLine("    // pagination loop (CursorListing<T>) read them all.");
        var pages = new HashSet<string>();
        foreach (var operation in operations)
        {
            var page = TypeName(operation.Page);
            if (pages.Add(page))
            {
                code.AppendLine($"    public partial class {page} : IListPage<{TypeName(operation.Item)}>");
                code.AppendLine("    {");
                code.AppendLine("    }");
                code.AppendLine();
            }
        }

        foreach (var operation in operations.Where(o => o.OptionsType is not null))
        {
            WriteOptions(code, operation);
        }

        // A plain comment: a summary here would be appended to the client's own (C# merges the docs of partial parts).
        code.AppendLine("    // Listings over all pages of the list operations: one per operation of the list shape.");
        code.AppendLine($"    public partial class {_clientClass}");
        code.AppendLine("    {");
        var first = true;
        foreach (var operation in operations)
        {
            if (!first)
            {
                code.AppendLine();
            }

            first = false;
            WriteListing(code, operation);
        }

        code.AppendLine("    }");
        code.AppendLine();

        code.AppendLine($"    public partial interface {_clientInterface}");
        code.AppendLine("    {");
        first = true;
        foreach (var operation in operations)
        {
            if (!first)
            {
                code.AppendLine();
            }

            first = false;
            code.AppendLine($"        /// <inheritdoc cref=\"{_clientClass}.{operation.ListingMethod}\"/>");
            code.AppendLine($"        {Signature(operation)};");
        }

        code.AppendLine("    }");
        code.AppendLine();
    }

    private void WriteOptions(StringBuilder code, ListOperation operation)
    {
        var wire = string.Join(", ", operation.ExtraParameters.Select(p => $"<c>{p.Name}</c>"));
        code.AppendLine($"    /// <summary>Options of <see cref=\"{_clientClass}.{operation.ListingMethod}\"/>: the <see cref=\"ListOptions\"/> plus the query {(operation.ExtraParameters.Count == 1 ? "parameter" : "parameters")} {wire}.</summary>");
        code.AppendLine($"    public class {operation.OptionsType} : ListOptions");
        code.AppendLine("    {");
        var first = true;
        foreach (var parameter in operation.ExtraParameters)
        {
            if (!first)
            {
                code.AppendLine();
            }

            first = false;
            var description = XmlDoc.Phrase(parameter.Description);
            code.AppendLine($"        /// <summary>{(description.Length > 0 ? description + ". " : "")}Wire <c>{parameter.Name}</c>, sent on every page; null sends none.</summary>");
            code.AppendLine($"        public {OptionalType(parameter)} {Property(parameter)} {{ get; set; }}");
        }

        code.AppendLine("    }");
        code.AppendLine();
    }

    private void WriteListing(StringBuilder code, ListOperation operation)
    {
        var ids = operation.PathParameters.Select(p => _parameterNames.Generate(p, operation.Operation.ActualParameters)).ToList();
        var filters = operation.ExtraParameters.Where(IsString).Select(Property).ToList();

        var summary = XmlDoc.Phrase(operation.Operation.Summary, ", one page at a time");
        if (summary.Length == 0)
        {
            summary = "Lists the items";
        }

        var items = XmlDoc.Phrase(operation.Page.ActualProperties["data"].Description, " on this page");
        if (items.Length == 0)
        {
            items = "The items";
        }

        code.AppendLine($"        /// <summary>{summary} over all pages (<see cref=\"{operation.OperationMethod}\"/> page by page).</summary>");
        foreach (var (parameter, name) in operation.PathParameters.Zip(ids, (p, n) => (p, n)))
        {
            code.AppendLine($"        /// <param name=\"{name}\">{XmlDoc.Text(parameter.Description)}</param>");
        }

        var optionsDoc = operation.OptionsType is null
            ? "Page size, order, starting cursor and cap"
            : "Page size, order, starting cursor, cap and " + JoinAnd(operation.ExtraParameters.Select(p => $"<see cref=\"{operation.OptionsType}.{Property(p)}\"/>"));
        code.AppendLine($"        /// <param name=\"options\">{optionsDoc}; null for the API's defaults.</param>");
        code.AppendLine("        /// <param name=\"cancellationToken\">Cancels the listing: used for every page request.</param>");
        code.AppendLine($"        /// <returns>{items}; <see cref=\"AsyncListing{{T}}.AsPages\"/> gives the pages.</returns>");
        if (ids.Count == 1)
        {
            code.AppendLine($"        /// <exception cref=\"ArgumentNullException\"><paramref name=\"{ids[0]}\"/> is null.</exception>");
        }
        else if (ids.Count > 1)
        {
            code.AppendLine("        /// <exception cref=\"ArgumentNullException\">An id is null.</exception>");
        }

        code.AppendLine("        /// <exception cref=\"ArgumentOutOfRangeException\">An option is out of range (thrown by this call, before anything is sent).</exception>");
        var empty = new List<string>();
        if (ids.Count > 0)
        {
            empty.Add(ids.Count == 1 ? "the id" : "an id");
        }

        empty.Add("a cursor option");
        empty.AddRange(filters.Select(f => $"<see cref=\"{operation.OptionsType}.{f}\"/>"));
        var emptyText = JoinOr(empty);
        code.AppendLine($"        /// <exception cref=\"ArgumentException\">{char.ToUpperInvariant(emptyText[0]) + emptyText.Substring(1)} is empty (thrown by this call, before anything is sent).</exception>");
        code.AppendLine("        /// <remarks>Nothing is sent until the enumeration starts; API failures surface as <see cref=\"AssistantsApiException\"/> then.</remarks>");

        code.AppendLine($"        public virtual {Signature(operation)}");
        code.AppendLine("        {");
        foreach (var id in ids)
        {
            code.AppendLine($"            RequirePathId({id}, nameof({id}));");
        }

        var arguments = new List<string>(ids);
        var cursorValues = new[] { "page.Limit", "page.Order", "page.After", "page.Before" };
        foreach (var (parameter, value) in operation.CursorParameterList.Zip(cursorValues, (p, v) => (p, v)))
        {
            arguments.Add($"{_parameterNames.Generate(parameter, operation.Operation.ActualParameters)}: {value}");
        }

        foreach (var parameter in operation.ExtraParameters)
        {
            var local = _parameterNames.Generate(parameter, operation.Operation.ActualParameters);
            var property = Property(parameter);
            code.AppendLine($"            var {local} = options?.{property};");
            if (IsString(parameter))
            {
                code.AppendLine($"            if ({local} is not null && string.IsNullOrWhiteSpace({local}))");
                code.AppendLine("            {");
                code.AppendLine($"                throw new ArgumentException($\"{{nameof({operation.OptionsType}.{property})}} must not be empty or whitespace; null sends no {parameter.Name}.\", nameof({operation.OptionsType}.{property}));");
                code.AppendLine("            }");
            }

            code.AppendLine();
            arguments.Add($"{local}: {local}");
        }

        arguments.Add("cancellationToken: ct");
        var item = TypeName(operation.Item);
        code.AppendLine($"            return new CursorListing<{item}>(");
        code.AppendLine("                options,");
        code.AppendLine($"                async (page, ct) => await {operation.OperationMethod}({string.Join(", ", arguments)}).ConfigureAwait(false),");
        code.AppendLine("                cancellationToken);");
        code.AppendLine("        }");
    }

    private string Signature(ListOperation operation)
    {
        var parameters = operation.PathParameters
            .Select(p => $"string {_parameterNames.Generate(p, operation.Operation.ActualParameters)}")
            .Append($"{operation.OptionsType ?? "ListOptions"}? options = null")
            .Append("CancellationToken cancellationToken = default");
        return $"AsyncListing<{TypeName(operation.Item)}> {operation.ListingMethod}({string.Join(", ", parameters)})";
    }

    private string TypeName(NJsonSchema.JsonSchema schema) => _resolver.Resolve(schema.ActualSchema, false, null);

    private string OptionalType(NSwag.OpenApiParameter parameter)
    {
        var type = _resolver.Resolve(parameter.ActualSchema, true, parameter.Name);
        return type.EndsWith("?", System.StringComparison.Ordinal) ? type : type + "?";
    }

    private static bool IsString(NSwag.OpenApiParameter parameter) =>
        parameter.ActualSchema.Type.HasFlag(NJsonSchema.JsonObjectType.String) && !parameter.ActualSchema.IsEnumeration;

    private static string Property(NSwag.OpenApiParameter parameter) => Adjustments.PascalCaseNames.ToPascalCase(parameter.Name);

    /// <summary>a, b or c.</summary>
    private static string JoinOr(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " or " + parts[parts.Count - 1];

    /// <summary>a, b and c.</summary>
    private static string JoinAnd(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
    }
}
