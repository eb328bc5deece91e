using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>One operation of the OpenAPI document: its id, HTTP method and path.</summary>
/// <param name="Id">The operationId (<c>listAssistants</c>).</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path template (<c>/assistants/{assistant_id}</c>).</param>
public sealed record OpenApiOperation(string Id, string Method, string Path)
{
    /// <summary>The operation's C# name (<c>ListAssistants</c>): the client method without <c>Async</c>, and the prefix of its tests.</summary>
    public string Name => char.ToUpperInvariant(Id[0]) + Id.Substring(1);

    /// <summary>The operations of <see cref="RepoPaths.OpenApiDocument"/>, in document order.</summary>
    public static IReadOnlyList<OpenApiOperation> FromDocument()
    {
        var operations = new List<OpenApiOperation>();
        string? path = null;
        string? method = null;
        foreach (var line in File.ReadLines(RepoPaths.OpenApiDocument))
        {
            if (Regex.Match(line, @"^  (/\S*):\s*$") is { Success: true } pathLine)
            {
                path = pathLine.Groups[1].Value;
            }
            else if (Regex.Match(line, @"^    (get|put|post|delete|patch|head|options):\s*$") is { Success: true } methodLine)
            {
                method = methodLine.Groups[1].Value.ToUpperInvariant();
            }
            else if (Regex.Match(line, @"^\s*operationId:\s*['""]?(\w+)['""]?\s*$") is { Success: true } idLine)
            {
                operations.Add(new OpenApiOperation(idLine.Groups[1].Value, method ?? "?", path ?? "?"));
            }
        }

        return operations;
    }
}
