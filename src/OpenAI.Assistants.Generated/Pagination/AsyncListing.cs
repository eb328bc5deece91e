using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// A listing of the API that fetches its pages on demand: enumerate it with <c>await foreach</c> for the items, or
/// call <see cref="AsPages"/> for the pages with their cursors. Returned by the <c>Get*Async</c> listing methods of
/// <see cref="AssistantsClient"/>, which follow <c>last_id</c> while the API says <c>has_more</c>.
/// </summary>
/// <typeparam name="T">The type of the listed items.</typeparam>
/// <remarks>
/// Nothing is sent until the enumeration starts, and every enumeration sends its own requests. Cancel with the token
/// given to the listing method or with <c>WithCancellation</c>; either stops the request in flight and the next one.
/// </remarks>
/// <example>
/// <code>
/// // Items: the pages are fetched as the loop needs them.
/// await foreach (var message in client.GetMessagesAsync("thread_abc123"))
/// {
///     Console.WriteLine(message.Id);
/// }
///
/// // Pages: 50 items each, at most 200 in all; keep NextCursor to resume later with AsPages(cursor).
/// var options = new MessageListOptions { PageSize = 50, MaxItems = 200, Order = ListOrder.Asc };
/// await foreach (var page in client.GetMessagesAsync("thread_abc123", options).AsPages())
/// {
///     Console.WriteLine($"{page.Data.Count} messages, has more: {page.HasMore}, next: {page.NextCursor}");
/// }
/// </code>
/// </example>
public abstract class AsyncListing<T> : IAsyncEnumerable<T>
{
    /// <summary>Creates a listing; for derived types, for example a fake in tests.</summary>
    protected AsyncListing()
    {
    }

    /// <summary>
    /// The listing page by page, each with <see cref="ListPage{T}.HasMore"/>, <see cref="ListPage{T}.FirstId"/>,
    /// <see cref="ListPage{T}.LastId"/> and the <see cref="ListPage{T}.NextCursor"/> to resume from.
    /// </summary>
    /// <param name="continuationCursor">
    /// Null to start where the options say; otherwise a <see cref="ListPage{T}.NextCursor"/> from an earlier listing with
    /// the same options, to continue after that page (it replaces <see cref="ListOptions.After"/>, or
    /// <see cref="ListOptions.Before"/> when the listing walks backward).
    /// </param>
    /// <returns>The pages, fetched as the enumeration asks for them.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="continuationCursor"/> is empty or whitespace.</exception>
    public abstract IAsyncEnumerable<ListPage<T>> AsPages(string? continuationCursor = null);

    /// <summary>Enumerates the items of all pages, fetching each page when the previous one is used up.</summary>
    /// <param name="cancellationToken">Cancels the enumeration, including the request in flight.</param>
    /// <returns>An enumerator over the items.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Data)
            {
                yield return item;
            }
        }
    }
}
