using System.Collections.Generic;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// One page of a cursor-paginated listing: its items and the cursors the API returned with them. Every generated
/// <c>List*Response</c> implements it, and so does <see cref="ListPage{T}"/>.
/// </summary>
/// <typeparam name="T">The type of the listed items.</typeparam>
public interface IListPage<T>
{
    /// <summary>The items on this page, in the order the API returned them.</summary>
    IList<T> Data { get; }

    /// <summary>Whether the API has more items beyond this page (wire <c>has_more</c>).</summary>
    bool HasMore { get; }

    /// <summary>The id of the first item on this page; null when the page is empty (wire <c>first_id</c>).</summary>
    string? FirstId { get; }

    /// <summary>The id of the last item on this page; null when the page is empty (wire <c>last_id</c>).</summary>
    string? LastId { get; }
}
