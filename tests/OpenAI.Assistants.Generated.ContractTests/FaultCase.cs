using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>One row of the resilience matrix: a call kind, a fault, and what must happen.</summary>
public sealed class FaultCase
{
    /// <summary>Creates a row.</summary>
    /// <param name="call">The call put through the fault.</param>
    /// <param name="fault">What the server does.</param>
    /// <param name="requests">How many requests the server must receive (0 when nothing listens).</param>
    /// <param name="outcome">How the call must end.</param>
    /// <param name="waitsMs">The waits between attempts, in milliseconds (with the jitter fixed at 0).</param>
    public FaultCase(CallKind call, ResilienceFault fault, int requests, ExpectedOutcome outcome, params int[] waitsMs)
    {
        Call = call;
        Fault = fault;
        Requests = requests;
        Outcome = outcome;
        WaitsMs = waitsMs;
    }

    public CallKind Call { get; }

    public ResilienceFault Fault { get; }

    public int Requests { get; }

    public ExpectedOutcome Outcome { get; }

    public IReadOnlyList<int> WaitsMs { get; }

    /// <summary>How many attempts the client makes: one more than it waits.</summary>
    public int Attempts => WaitsMs.Count + 1;

    /// <inheritdoc />
    public override string ToString() => $"{Call}: {Fault.Script}";
}
