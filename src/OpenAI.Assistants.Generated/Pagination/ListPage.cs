using System;
using System.Collections.Generic;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// A page delivered by <see cref="AsyncListing{T}.AsPages"/>: the page's items, the cursors the API returned with it,
/// and <see cref="NextCursor"/>, the cursor to resume the listing after this page.
/// </summary>
/// <typeparam name="T">The type of the listed items.</typeparam>
public sealed class ListPage<T> : IListPage<T>
{
    /// <summary>Creates a page (for example to fake an <see cref="AsyncListing{T}"/> in tests).</summary>
    /// <param name="data">The items on the page.</param>
    /// <param name="hasMore">Whether the API has more items beyond the page.</param>
    /// <param name="firstId">The id of the first item, or null.</param>
    /// <param name="lastId">The id of the last item, or null.</param>
    /// <param name="nextCursor">The cursor to resume after the page, or null when the listing ends with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public ListPage(IList<T> data, bool hasMore, string? firstId, string? lastId, string? nextCursor)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        HasMore = hasMore;
        FirstId = firstId;
        LastId = lastId;
        NextCursor = nextCursor;
    }

    /// <inheritdoc />
    public IList<T> Data { get; }

    /// <inheritdoc />
    public bool HasMore { get; }

    /// <inheritdoc />
    public string? FirstId { get; }

    /// <inheritdoc />
    public string? LastId { get; }

    /// <summary>
    /// The cursor to continue the listing after this page, or null when the API has nothing more in this direction.
    /// It is <see cref="LastId"/> when walking forward (sent as <c>after</c>) and <see cref="FirstId"/> when walking
    /// backward from <see cref="ListOptions.Before"/> (sent as <c>before</c>). Pass it to
    /// <see cref="AsyncListing{T}.AsPages"/> of a listing with the same options to resume there, for example in a
    /// later request of a web application. It does not depend on <see cref="ListOptions.MaxItems"/>: the last page of
    /// a capped listing still says where the listing would go on.
    /// </summary>
    public string? NextCursor { get; }

    /// <summary>The details of the response the page came in (request id, rate limits, headers), or null for a page built in code.</summary>
    public ResponseInfo? Response { get; internal set; }
}
