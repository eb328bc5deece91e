namespace OpenAI.Assistants.Generated;

/// <summary>
/// Which properties of one deserialized object were in its JSON, and which of those were an explicit <c>null</c>
/// that the property's type cannot hold (a <c>null</c> for a non-nullable value type), and which floating-point
/// properties arrived as integers (<c>"temperature": 1</c>, written back as <c>1</c> rather than <c>1.0</c>).
/// Indexes are the property's position in its type's contract (<see cref="WireFidelityContractResolver"/>).
/// </summary>
internal sealed class WirePresence
{
    private ulong _present;
    private ulong _nulls;
    private ulong[]? _morePresent;
    private ulong[]? _moreNulls;
    private ulong _integers;
    private ulong[]? _moreIntegers;

    /// <summary>The property at <paramref name="index"/> was in the JSON.</summary>
    public void MarkPresent(int index) => Set(ref _present, ref _morePresent, index);

    /// <summary>The property at <paramref name="index"/> was an explicit null its type cannot hold.</summary>
    public void MarkNull(int index)
    {
        Set(ref _present, ref _morePresent, index);
        Set(ref _nulls, ref _moreNulls, index);
    }

    /// <summary>The floating-point property at <paramref name="index"/> was written as an integer.</summary>
    public void MarkInteger(int index)
    {
        Set(ref _present, ref _morePresent, index);
        Set(ref _integers, ref _moreIntegers, index);
    }

    /// <summary>Whether the property at <paramref name="index"/> was in the JSON.</summary>
    public bool IsPresent(int index) => Get(_present, _morePresent, index);

    /// <summary>Whether the property at <paramref name="index"/> was an explicit null its type cannot hold.</summary>
    public bool IsNull(int index) => Get(_nulls, _moreNulls, index);

    /// <summary>Whether the floating-point property at <paramref name="index"/> was written as an integer.</summary>
    public bool IsInteger(int index) => Get(_integers, _moreIntegers, index);

    private static void Set(ref ulong first, ref ulong[]? more, int index)
    {
        if (index < 64)
        {
            first |= 1UL << index;
            return;
        }

        var slot = (index / 64) - 1;
        if (more is null || more.Length <= slot)
        {
            var grown = new ulong[slot + 1];
            more?.CopyTo(grown, 0);
            more = grown;
        }

        more[slot] |= 1UL << (index % 64);
    }

    private static bool Get(ulong first, ulong[]? more, int index)
    {
        if (index < 64)
        {
            return (first & (1UL << index)) != 0;
        }

        var slot = (index / 64) - 1;
        return more is not null && slot < more.Length && (more[slot] & (1UL << (index % 64))) != 0;
    }
}
