namespace OpenAI.Assistants.Generated;

/// <summary>
/// What to list and how much: the page size, the sort order, where to start and an optional cap on the number of
/// items. Used by the <c>Get*Async</c> listing methods of <see cref="AssistantsClient"/>.
/// </summary>
/// <remarks>
/// The options are read (and validated) when the listing method is called; changing them afterwards does not
/// affect a listing already created.
/// </remarks>
public class ListOptions
{
    /// <summary>The smallest page size the API accepts.</summary>
    public const int MinPageSize = 1;

    /// <summary>The largest page size the API accepts.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// The number of items per request (wire <c>limit</c>), from <see cref="MinPageSize"/> to <see cref="MaxPageSize"/>.
    /// Null sends no <c>limit</c>: the API's default page size (20) applies, except when <see cref="MaxItems"/> is set.
    /// </summary>
    public int? PageSize { get; set; }

    /// <summary>The sort order by creation time (wire <c>order</c>). Null leaves it to the API, which sorts descending.</summary>
    public ListOrder? Order { get; set; }

    /// <summary>Start after the item with this id (wire <c>after</c>): the listing walks forward from there.</summary>
    public string? After { get; set; }

    /// <summary>
    /// Start before the item with this id (wire <c>before</c>). When set without <see cref="After"/>, the listing walks
    /// backward: each next page is requested with the previous page's <c>first_id</c> as <c>before</c>; pages come in
    /// reverse, the items inside a page keep the API's <see cref="Order"/>. When set together with <see cref="After"/>,
    /// the listing walks forward from <see cref="After"/> and <see cref="Before"/> is sent unchanged on every page, as
    /// the end of the range.
    /// </summary>
    public string? Before { get; set; }

    /// <summary>
    /// The most items the whole listing returns; null for no cap. When set, no page beyond the cap is requested, and
    /// each request asks for no more than the items still needed: <c>limit</c> is the smaller of
    /// <see cref="PageSize"/> (or <see cref="MaxPageSize"/> when it is null) and the remaining count.
    /// </summary>
    public int? MaxItems { get; set; }
}
