namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// A fault of the resilience matrix and where it is served from: a mapping file of <c>Mappings/Resilience/</c>
/// (WireMock.Net), a <see cref="RawBehaviour"/> of <see cref="RawFaultServer"/>, or an address where nothing listens.
/// </summary>
public sealed class ResilienceFault
{
    private ResilienceFault(string name)
    {
        Name = name;
    }

    /// <summary>What the server does wrong, e.g. <c>503 Retry-After: 2</c>.</summary>
    public string Name { get; }

    /// <summary>The mapping under <c>Mappings/Resilience/</c> that serves the fault, without <c>.json</c>; null when not WireMock.Net's.</summary>
    public string? Mapping { get; private init; }

    /// <summary>The raw server's behaviour for the first connection; null when not the raw server's.</summary>
    public RawBehaviour? Raw { get; private init; }

    /// <summary>Whether the client is pointed at a port where nothing listens.</summary>
    public bool Refused { get; private init; }

    /// <summary>Whether the server answers normally after the fault (only a retry can see that answer).</summary>
    public bool ThenAnswers { get; private init; }

    /// <summary>
    /// Whether only a timeout ends the fault: such a case runs on the real clock with 300 ms timeouts instead of the
    /// fast-forwarded fake clock (which would fire every timeout as soon as it is set).
    /// </summary>
    public bool EndsByTimeout { get; private init; }

    /// <summary>What the server does, in the words of the matrix's table.</summary>
    public string Script => Refused ? Name : ThenAnswers ? Name + ", then 200" : Name + ", every time";

    /// <summary>The first request gets the fault of <c>Mappings/Resilience/FirstRequest/&lt;mapping&gt;.json</c>; later ones the call's normal answer.</summary>
    public static ResilienceFault FirstRequest(string name, string mapping) => new(name) { Mapping = "FirstRequest/" + mapping, ThenAnswers = true };

    /// <summary>Every request gets the fault of <c>Mappings/Resilience/EveryRequest/&lt;mapping&gt;.json</c>.</summary>
    public static ResilienceFault EveryRequest(string name, string mapping) => new(name) { Mapping = "EveryRequest/" + mapping };

    /// <summary>The first connection gets <paramref name="behaviour"/> from the raw server; later ones the call's normal answer.</summary>
    public static ResilienceFault RawThenAnswer(string name, RawBehaviour behaviour, bool endsByTimeout = false) =>
        new(name) { Raw = behaviour, ThenAnswers = true, EndsByTimeout = endsByTimeout };

    /// <summary>Every connection attempt is refused: the request is never sent.</summary>
    public static ResilienceFault ConnectionRefused { get; } = new("connection refused (nothing listens), every attempt") { Refused = true };

    /// <inheritdoc />
    public override string ToString() => Script;
}
