using System;
using System.Collections.Generic;
using System.Linq;
using NJsonSchema;
using NSwag;

namespace OpenAI.Assistants.CodeGen.Convenience;

/// <summary>
/// A cursor-paginated list operation of the document: what its <c>Get*Async</c> listing method is built from.
/// Found by its shape (<see cref="Find"/>); the optional <c>x-pageable</c> extension names what the shape cannot.
/// </summary>
internal sealed class ListOperation
{
    /// <summary>The operation extension that shapes a listing (openapi/README.md, shaping rules).</summary>
    public const string Extension = "x-pageable";

    /// <summary>The query parameters the listing sends from <c>ListOptions</c> and its cursors.</summary>
    public static readonly IReadOnlyList<string> CursorParameters = new[] { "limit", "order", "after", "before" };

    /// <summary>The properties of a page (the 200 response) that <c>IListPage&lt;T&gt;</c> and the cursor loop read.</summary>
    public static readonly IReadOnlyList<string> PageProperties = new[] { "object", "data", "first_id", "last_id", "has_more" };

    public ListOperation(
        OpenApiOperationDescription description,
        string operationMethod,
        string listingMethod,
        JsonSchema page,
        JsonSchema item,
        IReadOnlyList<OpenApiParameter> pathParameters,
        IReadOnlyList<OpenApiParameter> cursorParameters,
        IReadOnlyList<OpenApiParameter> extraParameters,
        string? optionsType)
    {
        Description = description;
        OperationMethod = operationMethod;
        ListingMethod = listingMethod;
        Page = page;
        Item = item;
        PathParameters = pathParameters;
        CursorParameterList = cursorParameters;
        ExtraParameters = extraParameters;
        OptionsType = optionsType;
    }

    public OpenApiOperationDescription Description { get; }

    public OpenApiOperation Operation => Description.Operation;

    /// <summary>The generated page method, e.g. <c>ListRunsAsync</c>.</summary>
    public string OperationMethod { get; }

    /// <summary>The listing method, e.g. <c>GetRunsAsync</c>.</summary>
    public string ListingMethod { get; }

    /// <summary>The 200 response's schema (the generated <c>List*Response</c>).</summary>
    public JsonSchema Page { get; }

    /// <summary>The schema of one item of <c>data</c>.</summary>
    public JsonSchema Item { get; }

    public IReadOnlyList<OpenApiParameter> PathParameters { get; }

    public IReadOnlyList<OpenApiParameter> CursorParameterList { get; }

    /// <summary>Query parameters beyond the cursor ones (<c>run_id</c> of listMessages): properties of <see cref="OptionsType"/>.</summary>
    public IReadOnlyList<OpenApiParameter> ExtraParameters { get; }

    /// <summary>The options class generated for <see cref="ExtraParameters"/>; null when <c>ListOptions</c> serves.</summary>
    public string? OptionsType { get; }

    /// <summary>
    /// The list operations of the document, in document order. An operation is one when its 200 response has the
    /// page properties and it takes the cursor query parameters. Half a shape (a page without the cursor parameters,
    /// or the parameters without a page) stops the build: it is either a listing with a mistake or needs
    /// <c>x-pageable: false</c>, and a listing must not go missing silently.
    /// </summary>
    public static IReadOnlyList<ListOperation> Find(OpenApiDocument document, Func<OpenApiOperationDescription, string> operationName)
    {
        var result = new List<ListOperation>();
        var errors = new List<string>();
        foreach (var description in document.Operations)
        {
            var operation = description.Operation;
            var id = operation.OperationId ?? description.Method + " " + description.Path;
            var extension = ReadExtension(operation, errors, id);
            if (extension is { Enabled: false })
            {
                continue;
            }

            var page = PageSchema(operation);
            var parameters = operation.ActualParameters.ToList();
            var query = parameters.Where(p => p.Kind == OpenApiParameterKind.Query).ToList();
            var missingPage = page is null
                ? PageProperties.ToList()
                : PageProperties.Where(p => !page.ActualProperties.ContainsKey(p)).ToList();
            var missingCursors = CursorParameters.Where(c => !query.Any(p => p.Name == c)).ToList();
            // A page (`has_more`) or a cursor (`after`, `before`) is what only a listing has.
            var looksPaged = page?.ActualProperties.ContainsKey("has_more") == true || query.Any(p => p.Name is "after" or "before");
            var isList = missingPage.Count == 0 && missingCursors.Count == 0 && description.Method == OpenApiOperationMethod.Get;
            if (!isList)
            {
                if (extension is not null || looksPaged)
                {
                    errors.Add(
                        $"{id} looks like a list operation{(extension is null ? "" : $" ({Extension} is set)")} but is not one: "
                        + (description.Method == OpenApiOperationMethod.Get ? "" : "it is not a GET; ")
                        + (missingPage.Count == 0 ? "" : $"its 200 application/json response lacks {string.Join(", ", missingPage)}; ")
                        + (missingCursors.Count == 0 ? "" : $"it lacks the query {(missingCursors.Count == 1 ? "parameter" : "parameters")} {string.Join(", ", missingCursors)}; ")
                        + $"complete the list shape (openapi/README.md) or mark the operation `{Extension}: false`.");
                }

                continue;
            }

            var data = page!.ActualProperties["data"].ActualSchema;
            if (data.Item is null)
            {
                errors.Add($"{id}: the page's `data` must be an array with `items`.");
                continue;
            }

            var generated = operationName(description);
            var listing = extension?.Method ?? ListingName(generated);
            if (listing is null)
            {
                errors.Add($"{id}: the listing method cannot be named from the operationId (expected list<Name>): set `{Extension}: {{method: Get<Name>Async}}`.");
                continue;
            }

            var extra = query.Where(p => !CursorParameters.Contains(p.Name)).ToList();
            if (extra.Count > 0 && extension?.Options is null)
            {
                errors.Add(
                    $"{id} takes query parameters beyond the cursor ones ({string.Join(", ", extra.Select(p => p.Name))}): name the options class "
                    + $"that carries them with `{Extension}: {{options: <Name>ListOptions}}`.");
                continue;
            }

            result.Add(new ListOperation(
                description,
                generated,
                listing,
                page,
                data.Item,
                parameters.Where(p => p.Kind == OpenApiParameterKind.Path).ToList(),
                CursorParameters.Select(c => query.First(p => p.Name == c)).ToList(),
                extra,
                extra.Count > 0 ? extension!.Options : null));
        }

        foreach (var duplicate in result.GroupBy(o => o.ListingMethod).Where(g => g.Count() > 1))
        {
            errors.Add($"{string.Join(" and ", duplicate.Select(o => o.Operation.OperationId))} would both be listed by {duplicate.Key}: give one a `{Extension}: {{method: ...}}`.");
        }

        if (errors.Count > 0)
        {
            // One line, so that MSBuild shows every reason on its error line.
            throw new InvalidOperationException("List operations of the document: " + string.Join(" ", errors));
        }

        return result;
    }

    /// <summary><c>ListRunsAsync</c> (the generated page method) gives <c>GetRunsAsync</c>.</summary>
    private static string? ListingName(string operationMethod) =>
        operationMethod.StartsWith("List", StringComparison.Ordinal) && operationMethod.Length > "ListAsync".Length
            ? "Get" + operationMethod.Substring("List".Length)
            : null;

    private static JsonSchema? PageSchema(OpenApiOperation operation) =>
        operation.ActualResponses.TryGetValue("200", out var response)
        && response.Content.TryGetValue("application/json", out var media)
        && media.Schema is { } schema
            ? schema.ActualSchema
            : null;

    private static PageableExtension? ReadExtension(OpenApiOperation operation, List<string> errors, string id)
    {
        if (operation.ExtensionData is null || !operation.ExtensionData.TryGetValue(Extension, out var value))
        {
            return null;
        }

        switch (value)
        {
            case bool enabled:
                return new PageableExtension(enabled, null, null);
            case IDictionary<string, object?> map:
                var unknown = map.Keys.Where(k => k is not ("method" or "options")).ToList();
                if (unknown.Count > 0)
                {
                    errors.Add($"{id}: `{Extension}` has unknown keys ({string.Join(", ", unknown)}); it knows method and options.");
                }

                return new PageableExtension(true, map.TryGetValue("method", out var m) ? m?.ToString() : null, map.TryGetValue("options", out var o) ? o?.ToString() : null);
            default:
                errors.Add($"{id}: `{Extension}` must be false or a map {{method, options}}, not {value?.GetType().Name ?? "null"}.");
                return null;
        }
    }

    private sealed record PageableExtension(bool Enabled, string? Method, string? Options);
}
