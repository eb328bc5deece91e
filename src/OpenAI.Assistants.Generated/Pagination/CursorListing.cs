using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// The one pagination loop of the client, shared by all list operations: it asks a list method for a page, yields it,
/// and follows the page's cursor while the API says <c>has_more</c>.
/// </summary>
/// <remarks>
/// Stops without another request when <c>has_more</c> is false, when a page is empty, when the cursor to follow is
/// null or is the one just sent (a server that does not advance cannot make it loop), and when
/// <see cref="ListOptions.MaxItems"/> is reached.
/// </remarks>
/// <typeparam name="T">The type of the listed items.</typeparam>
internal sealed class CursorListing<T> : AsyncListing<T>
{
    private readonly Func<PageRequest, CancellationToken, Task<IListPage<T>>> _fetchPage;
    private readonly CancellationToken _cancellationToken;
    private readonly int? _pageSize;
    private readonly ListOrder? _order;
    private readonly string? _after;
    private readonly string? _before;
    private readonly int? _maxItems;
    private readonly bool _backward;

    /// <summary>Reads and validates the options now, so that mistakes surface where the listing method is called.</summary>
    /// <param name="options">The listing options, or null for the API's defaults.</param>
    /// <param name="fetchPage">Sends one list request with the given paging parameters.</param>
    /// <param name="cancellationToken">The listing method's token, used for every request.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ListOptions.PageSize"/> or <see cref="ListOptions.MaxItems"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><see cref="ListOptions.After"/> or <see cref="ListOptions.Before"/> is empty or whitespace.</exception>
    public CursorListing(ListOptions? options, Func<PageRequest, CancellationToken, Task<IListPage<T>>> fetchPage, CancellationToken cancellationToken)
    {
        _fetchPage = fetchPage ?? throw new ArgumentNullException(nameof(fetchPage));
        _cancellationToken = cancellationToken;
        if (options is null)
        {
            return;
        }

        if (options.PageSize is int pageSize && (pageSize < ListOptions.MinPageSize || pageSize > ListOptions.MaxPageSize))
        {
            throw new ArgumentOutOfRangeException(
                nameof(ListOptions.PageSize),
                pageSize,
                $"{nameof(ListOptions.PageSize)} (sent as limit) must be from {ListOptions.MinPageSize} to {ListOptions.MaxPageSize}, or null for the API's default.");
        }

        if (options.MaxItems is int maxItems && maxItems <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ListOptions.MaxItems),
                maxItems,
                $"{nameof(ListOptions.MaxItems)} must be greater than 0, or null for no cap.");
        }

        _pageSize = options.PageSize;
        _order = options.Order;
        _after = RequireCursorOrNull(options.After, nameof(ListOptions.After));
        _before = RequireCursorOrNull(options.Before, nameof(ListOptions.Before));
        _maxItems = options.MaxItems;
        _backward = _before is not null && _after is null;
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ListPage<T>> AsPages(string? continuationCursor = null)
    {
        RequireCursorOrNull(continuationCursor, nameof(continuationCursor));
        return PagesAsync(continuationCursor);
    }

    private async IAsyncEnumerable<ListPage<T>> PagesAsync(string? continuationCursor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = _cancellationToken.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);

        var after = _after;
        var before = _before;
        if (continuationCursor is not null)
        {
            if (_backward)
            {
                before = continuationCursor;
            }
            else
            {
                after = continuationCursor;
            }
        }

        var remaining = _maxItems;
        while (true)
        {
            token.ThrowIfCancellationRequested();

            // With a cap, ask for no more than the items still needed.
            var limit = remaining is int left ? Math.Min(_pageSize ?? ListOptions.MaxPageSize, left) : _pageSize;
            var response = await _fetchPage(new PageRequest(limit, _order, after, before), token).ConfigureAwait(false);

            var data = response.Data ?? new List<T>();
            var sent = _backward ? before : after;
            var next = _backward ? response.FirstId : response.LastId;
            if (!response.HasMore || data.Count == 0 || string.IsNullOrEmpty(next) || next == sent)
            {
                next = null;
            }

            if (remaining is int capLeft && data.Count > capLeft)
            {
                // The API sent more than the limit asked for: cut at the cap. The API's cursor would skip the cut
                // items, so this page offers none.
                data = data.Take(capLeft).ToList();
                next = null;
            }

            remaining -= data.Count;
            yield return new ListPage<T>(data, response.HasMore, response.FirstId, response.LastId, next) { Response = ResponseInfo.Of(response) };

            if (next is null || remaining <= 0)
            {
                yield break;
            }

            if (_backward)
            {
                before = next;
            }
            else
            {
                after = next;
            }
        }
    }

    private static string? RequireCursorOrNull(string? cursor, string name) =>
        cursor is not null && string.IsNullOrWhiteSpace(cursor)
            ? throw new ArgumentException($"{name} must be an item id, or null.", name)
            : cursor;
}
