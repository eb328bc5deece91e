using System.Collections.Generic;

namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// One wire fact on which the documents differ. <see cref="Line"/> names it without our schema names
/// (<c>schema RunObject.status: enum value "expired" only upstream</c>), so it is stable across our renames and is what
/// the allow-list matches; <see cref="Ours"/> says where to edit our document and <see cref="Via"/> where the fact is
/// reached from (operationId and request or response).
/// </summary>
internal sealed class Difference
{
    public Difference(string line, string sortKey, bool ownedBySchema)
    {
        Line = line;
        SortKey = sortKey;
        OwnedBySchema = ownedBySchema;
    }

    public string Line { get; }

    /// <summary>Operations first (by path, then method), then schemas; ordinal, so the output is stable.</summary>
    public string SortKey { get; }

    /// <summary>Under an upstream schema (<c>schema X...</c>) rather than an operation.</summary>
    public bool OwnedBySchema { get; }

    public SortedSet<string> Ours { get; } = new(System.StringComparer.Ordinal);

    public SortedSet<string> Via { get; } = new(System.StringComparer.Ordinal);
}
