namespace OpenAI.Assistants.Generated;

// CUSTOM: the lifecycle rules of a run (which statuses are final, which end a wait) live here and nowhere else.
public readonly partial struct RunStatus
{
    /// <summary>
    /// Whether the run is over: <see cref="Completed"/>, <see cref="Failed"/>, <see cref="Cancelled"/> or
    /// <see cref="Expired"/>. False for a status this client does not know (<see cref="IsKnown"/> is false); the
    /// polling helpers stop on such a status anyway and return the run.
    /// </summary>
    public bool IsTerminal => this == Completed || this == Failed || this == Cancelled || this == Expired;

    /// <summary>
    /// Whether polling stops at this status: a terminal status, <see cref="RequiresAction"/> (the caller must act), or
    /// a status this client does not know (it is reported rather than polled forever).
    /// </summary>
    internal bool EndsWait => IsTerminal || this == RequiresAction || !IsKnown;
}
