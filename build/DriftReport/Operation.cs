using System.Collections.Generic;

namespace OpenAI.Assistants.DriftReport;

/// <summary>One operation of a document: its method and path, id, and its path- and operation-level parameters.</summary>
internal sealed record Operation(string Method, string Path, string? OperationId, YamlMap Node, IReadOnlyList<YamlNode> Parameters)
{
    /// <summary>How the report names the operation: <c>POST /threads/{thread_id}/runs</c>.</summary>
    public string Label => $"{Method} {Path}";
}
