namespace OpenAI.Assistants.Generated;

/// <summary>The paging query parameters of one list request, as <see cref="CursorListing{T}"/> computed them.</summary>
internal readonly struct PageRequest
{
    public PageRequest(int? limit, ListOrder? order, string? after, string? before)
    {
        Limit = limit;
        Order = order;
        After = after;
        Before = before;
    }

    /// <summary>Wire <c>limit</c>; null to send none.</summary>
    public int? Limit { get; }

    /// <summary>Wire <c>order</c>; null to send none.</summary>
    public ListOrder? Order { get; }

    /// <summary>Wire <c>after</c>; null to send none.</summary>
    public string? After { get; }

    /// <summary>Wire <c>before</c>; null to send none.</summary>
    public string? Before { get; }
}
